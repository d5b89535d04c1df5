<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>Lifeboat::Archive</name>
    <message>
        <source>%1 already exists. Choose another name or open it.</source>
        <translation>%1 existe déjà. Choisissez un autre nom ou ouvrez ce fichier.</translation>
    </message>
    <message>
        <source>The archive %1 cannot be created. Check that the folder exists and that you may write to it.</source>
        <translation>Impossible de créer l’archive %1. Vérifiez que le dossier existe et que vous avez le droit d’y écrire.</translation>
    </message>
    <message>
        <source>The archive %1 cannot be made private.</source>
        <translation>Impossible de rendre l’archive %1 privée.</translation>
    </message>
    <message>
        <source>The archive %1 does not exist.</source>
        <translation>L’archive %1 n’existe pas.</translation>
    </message>
    <message>
        <source>The archive %1 is encrypted. Give its passphrase to open it.</source>
        <translation>L’archive %1 est chiffrée. Indiquez sa phrase secrète pour l’ouvrir.</translation>
    </message>
    <message>
        <source>The archive %1 is not encrypted, so it has no passphrase to change.</source>
        <translation>L’archive %1 n’est pas chiffrée&#xa0;: elle n’a donc pas de phrase secrète à changer.</translation>
    </message>
    <message>
        <source>The archive %1 is open read-only.</source>
        <translation>L’archive %1 est ouverte en lecture seule.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ArchiveCopy</name>
    <message>
        <source>The copy %1 cannot be created. Check that the folder exists, that you may write to it, and that the disk has space.</source>
        <translation>Impossible de créer la copie %1. Vérifiez que le dossier existe, que vous pouvez y écrire et que le disque a de la place.</translation>
    </message>
    <message>
        <source>The disk is full: the copy %1 could not be written. Free some space or choose another disk, then save the copy again.</source>
        <translation>Le disque est plein&#xa0;: la copie %1 n’a pas pu être écrite. Libérez de la place ou choisissez un autre disque, puis enregistrez à nouveau la copie.</translation>
    </message>
    <message>
        <source>The archive was too busy to be copied. Try again when the backup writing to it has finished.</source>
        <translation>L’archive était trop occupée pour être copiée. Réessayez quand la sauvegarde qui y écrit sera terminée.</translation>
    </message>
    <message>
        <source>The archive is damaged and cannot be copied. Run a verify to see which snapshots are affected.</source>
        <translation>L’archive est endommagée et ne peut pas être copiée. Lancez une vérification pour voir quels instantanés sont touchés.</translation>
    </message>
    <message>
        <source>Writing the copy %1 failed. Check the disk, then save the copy again.</source>
        <translation>L’écriture de la copie %1 a échoué. Vérifiez le disque, puis enregistrez à nouveau la copie.</translation>
    </message>
    <message>
        <source>Saving the copy was cancelled.</source>
        <translation>L’enregistrement de la copie a été annulé.</translation>
    </message>
    <message>
        <source>%1 is a folder. Choose a file name for the copy.</source>
        <translation>%1 est un dossier. Choisissez un nom de fichier pour la copie.</translation>
    </message>
    <message>
        <source>An archive cannot be copied onto itself. Choose another file name.</source>
        <translation>Une archive ne peut pas être copiée sur elle-même. Choisissez un autre nom de fichier.</translation>
    </message>
    <message>
        <source>The copy could not be saved as %1. Check that you may write there.</source>
        <translation>La copie n’a pas pu être enregistrée sous %1. Vérifiez que vous pouvez y écrire.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ArchiveKeyring</name>
    <message>
        <source>The encryption data of the archive %1 is damaged; the archive cannot be unlocked. Use a backup copy of the file if you have one.</source>
        <translation>Les données de chiffrement de l’archive %1 sont endommagées&#xa0;; l’archive ne peut pas être déverrouillée. Utilisez une copie de sauvegarde du fichier si vous en avez une.</translation>
    </message>
    <message>
        <source>There is not enough memory to derive the archive key from the passphrase (%1 MiB are needed). Close other programs and try again.</source>
        <translation>La mémoire est insuffisante pour dériver la clé de l’archive à partir de la phrase secrète (%1 Mio nécessaires). Fermez d’autres programmes et réessayez.</translation>
    </message>
    <message>
        <source>The passphrase for the archive %1 is wrong. Type it again, exactly as it was set (upper and lower case matter).</source>
        <translation>La phrase secrète de l’archive %1 est incorrecte. Saisissez-la à nouveau, exactement comme elle a été définie (majuscules et minuscules comptent).</translation>
    </message>
    <message>
        <source>The key given for the archive %1 does not unlock it. Open it with its passphrase.</source>
        <translation>La clé indiquée pour l’archive %1 ne la déverrouille pas. Ouvrez-la avec sa phrase secrète.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ArchiveReaderWorker</name>
    <message>
        <source>No archive is open.</source>
        <translation>Aucune archive n’est ouverte.</translation>
    </message>
    <message>
        <source>The archive lists this item but does not keep its content. Back up the handset again to store it.</source>
        <translation>L’archive répertorie cet élément mais n’en conserve pas le contenu. Sauvegardez à nouveau le téléphone pour l’enregistrer.</translation>
    </message>
    <message>
        <source>This file is too large to show here (%1 MB). Export it to open it in another program.</source>
        <translation>Ce fichier est trop volumineux pour être affiché ici (%1 Mo). Exportez-le pour l’ouvrir dans un autre programme.</translation>
    </message>
    <message>
        <source>The stored file is larger than its recorded size.</source>
        <translation>Le fichier enregistré est plus grand que sa taille indiquée.</translation>
    </message>
    <message>
        <source>The stored card of this contact could not be found.</source>
        <translation>La fiche enregistrée de ce contact est introuvable.</translation>
    </message>
    <message>
        <source>This photo cannot be shown: %1. Its original bytes are kept; export it to open it in another program.</source>
        <translation>Impossible d’afficher cette photo&#xa0;: %1. Ses données d’origine sont conservées&#xa0;; exportez-la pour l’ouvrir dans un autre programme.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ArchiveUnlocker</name>
    <message>
        <source>%1 is encrypted. Open it with File &gt; Open to type its passphrase.</source>
        <translation>%1 est chiffrée. Ouvrez-la avec Fichier &gt; Ouvrir une archive pour saisir sa phrase secrète.</translation>
    </message>
    <message>
        <source>%1 was not opened: it is encrypted and no passphrase was given.</source>
        <translation>%1 n’a pas été ouverte&#xa0;: elle est chiffrée et aucune phrase secrète n’a été donnée.</translation>
    </message>
    <message>
        <source>%1 was not opened: the passphrase was wrong %2 times.</source>
        <translation>%1 n’a pas été ouverte&#xa0;: la phrase secrète était incorrecte %2 fois.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::BackupCommand</name>
    <message>
        <source>For virtual handsets: lifeboat (default) or android.</source>
        <translation>Pour les téléphones virtuels&#xa0;: lifeboat (par défaut) ou android.</translation>
    </message>
    <message>
        <source>Seconds to wait for a locked handset to be unlocked (default 60).</source>
        <translation>Nombre de secondes à attendre qu’un téléphone verrouillé soit déverrouillé (par défaut&#xa0;: 60).</translation>
    </message>
    <message>
        <source>The archive to write (default: the handset&apos;s archive in the library folder).</source>
        <translation>L’archive dans laquelle écrire (par défaut&#xa0;: l’archive du téléphone dans le dossier de la bibliothèque).</translation>
    </message>
    <message>
        <source>Name the handset with --device (see lifeboat-cli devices).</source>
        <translation>Indiquez le téléphone avec --device (voir lifeboat-cli devices).</translation>
    </message>
    <message>
        <source>--wait-unlock takes a number of seconds.</source>
        <translation>--wait-unlock attend un nombre de secondes.</translation>
    </message>
    <message>
        <source>The backup did not complete.</source>
        <translation>La sauvegarde ne s’est pas terminée.</translation>
    </message>
    <message>
        <source>lifeboat-cli backup: %1</source>
        <translation>lifeboat-cli backup&#xa0;: %1</translation>
    </message>
    <message>
        <source>Backed up %1 (serial %2) into snapshot %3 of %4.</source>
        <translation>%1 (numéro de série %2) a été sauvegardé dans l’instantané %3 de %4.</translation>
    </message>
    <message>
        <source>Backup cancelled: snapshot %1 is kept as cancelled. What was copied is kept and the next backup continues from there.</source>
        <translation>Sauvegarde annulée&#xa0;: l’instantané %1 est conservé comme annulé. Ce qui a déjà été copié est conservé et la prochaine sauvegarde reprendra à partir de là.</translation>
    </message>
    <message>
        <source>Backup failed: snapshot %1 is kept as failed. What was copied is kept and the next backup continues from there.</source>
        <translation>Échec de la sauvegarde&#xa0;: l’instantané %1 est conservé comme ayant échoué. Ce qui a déjà été copié est conservé et la prochaine sauvegarde reprendra à partir de là.</translation>
    </message>
    <message>
        <source>%1 objects (%2): %3 copied (%4) in %5 s, %6 unchanged since an earlier backup.</source>
        <translation>%1 objets (%2)&#xa0;: %3 copiés (%4) en %5 s, %6 inchangés depuis une sauvegarde précédente.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque&#xa0;: %1</translation>
    </message>
    <message>
        <source>… and %1 more notes (--format json lists them all).</source>
        <translation>… et %1 autres remarques (--format json les affiche toutes).</translation>
    </message>
    <message>
        <source>Browse it:   lifeboat-cli show --archive %1 --kind contacts</source>
        <translation>Consulter&#xa0;:  lifeboat-cli show --archive %1 --kind contacts</translation>
    </message>
    <message>
        <source>Export it:   lifeboat-cli export --archive %1 --out DIR</source>
        <translation>Exporter&#xa0;:   lifeboat-cli export --archive %1 --out DIR</translation>
    </message>
    <message>
        <source>Restore it:  lifeboat-cli restore --archive %1 --device SERIAL --dry-run</source>
        <translation>Restaurer&#xa0;:  lifeboat-cli restore --archive %1 --device SERIAL --dry-run</translation>
    </message>
    <message>
        <source>Back up a handset into its archive</source>
        <translation>Sauvegarder un téléphone dans son archive</translation>
    </message>
    <message>
        <source>Create the archive encrypted under a passphrase (asked for twice, or --new-passphrase-fd / LIFEBOAT_NEW_PASSPHRASE).</source>
        <translation>Créer l’archive chiffrée par une phrase secrète (demandée deux fois, ou --new-passphrase-fd / LIFEBOAT_NEW_PASSPHRASE).</translation>
    </message>
    <message>
        <source>%1 exists and is not encrypted; an archive is encrypted when it is created. Back up into a new archive with --archive FILE --encrypt.</source>
        <translation>%1 existe et n’est pas chiffrée&#xa0;; une archive est chiffrée à sa création. Sauvegardez dans une nouvelle archive avec --archive FILE --encrypt.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::BackupController</name>
    <message>
        <source>Encrypted archive: back up now to enter its passphrase</source>
        <translation>Archive chiffrée&#xa0;: sauvegardez maintenant pour saisir sa phrase secrète</translation>
    </message>
</context>
<context>
    <name>Lifeboat::BackupJob</name>
    <message>
        <source>Connecting to the handset</source>
        <translation>Connexion au téléphone</translation>
    </message>
    <message>
        <source>Interrupted: Lifeboat stopped before the backup finished.</source>
        <translation>Interrompue&#xa0;: Lifeboat s’est arrêté avant la fin de la sauvegarde.</translation>
    </message>
    <message>
        <source>Copying</source>
        <translation>Copie</translation>
    </message>
    <message>
        <source>The backup was cancelled.</source>
        <translation>La sauvegarde a été annulée.</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>Finalisation</translation>
    </message>
    <message>
        <source>The handset is locked: unlock it and keep it connected</source>
        <translation>Le téléphone est verrouillé&#xa0;: déverrouillez-le et laissez-le connecté</translation>
    </message>
    <message>
        <source>The handset is locked. Unlock it, keep it connected, and choose &quot;File transfer&quot; if it asks how to use USB.</source>
        <translation>Le téléphone est verrouillé. Déverrouillez-le, laissez-le connecté et choisissez «&#xa0;Transfert de fichiers&#xa0;» s’il demande comment utiliser l’USB.</translation>
    </message>
    <message>
        <source>Listing the handset</source>
        <translation>Inventaire du téléphone</translation>
    </message>
    <message>
        <source>%1 objects</source>
        <translation>%1 objets</translation>
    </message>
    <message>
        <source>%1 changed on the handset while it was copied; it will be copied by the next backup.</source>
        <translation type="vanished">%1 a changé sur le téléphone pendant sa copie&#xa0;; la prochaine sauvegarde le copiera.</translation>
    </message>
    <message>
        <source>%1 is too large to index; it is stored and will be restored.</source>
        <translation>%1 est trop volumineux pour être indexé&#xa0;; il est enregistré et sera restauré.</translation>
    </message>
    <message>
        <source>%1 could not be read (%2); it is stored and will be restored as it is.</source>
        <translation>%1 n’a pas pu être lu (%2)&#xa0;; il est enregistré et sera restauré tel quel.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The handset does not report a serial number, so Lifeboat cannot tell it apart from other handsets and cannot back it up.</source>
        <translation>Le téléphone n’indique pas de numéro de série&#xa0;: Lifeboat ne peut donc pas le distinguer des autres téléphones ni le sauvegarder.</translation>
    </message>
    <message>
        <source>The handset lists %1 with %2 bytes, more than its storage holds; it is not copied.</source>
        <translation>Le téléphone annonce %1 avec %2 octets, plus que son stockage ne peut contenir&#xa0;; il n’est pas copié.</translation>
    </message>
    <message>
        <source>%1 was not copied: the handset listed it as %2 bytes but sent %3. If the file was changing (a photo being saved), the next backup copies it; if this repeats, copy the file off the handset another way.</source>
        <translation>%1 n’a pas été copié&#xa0;: le téléphone l’annonçait avec %2 octets mais en a envoyé %3. Si le fichier était en train de changer (une photo en cours d’enregistrement), la prochaine sauvegarde le copiera&#xa0;; si cela se répète, copiez le fichier depuis le téléphone par un autre moyen.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::BackupProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Show Backup</source>
        <translation>&amp;Afficher la sauvegarde</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Backing up %1</source>
        <translation>Sauvegarde de %1</translation>
    </message>
    <message>
        <source>Opening the handset</source>
        <translation>Ouverture du téléphone</translation>
    </message>
    <message>
        <source>Progress per kind</source>
        <translation>Progression par type</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>Progression globale</translation>
    </message>
    <message>
        <source>Cancel the backup</source>
        <translation>Annuler la sauvegarde</translation>
    </message>
    <message>
        <source>Stops the backup (Esc). What was copied so far is kept.</source>
        <translation>Arrête la sauvegarde (Échap). Ce qui a déjà été copié est conservé.</translation>
    </message>
    <message>
        <source>Show the new backup</source>
        <translation>Afficher la nouvelle sauvegarde</translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation>Fermer cette fenêtre</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Almost done</source>
        <translation>Presque terminé</translation>
    </message>
    <message numerus="yes">
        <source>About %n seconds left</source>
        <translation>
            <numerusform>Environ %n seconde restante</numerusform>
            <numerusform>Environ %n secondes restantes</numerusform>
        </translation>
    </message>
    <message>
        <source>About a minute left</source>
        <translation>Environ une minute restante</translation>
    </message>
    <message numerus="yes">
        <source>About %n minutes left</source>
        <translation>
            <numerusform>Environ %n minute restante</numerusform>
            <numerusform>Environ %n minutes restantes</numerusform>
        </translation>
    </message>
    <message>
        <source>About an hour left</source>
        <translation>Environ une heure restante</translation>
    </message>
    <message numerus="yes">
        <source>About %n hours left</source>
        <translation>
            <numerusform>Environ %n heure restante</numerusform>
            <numerusform>Environ %n heures restantes</numerusform>
        </translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Rate: %1</source>
        <translation>Débit&#xa0;: %1</translation>
    </message>
    <message>
        <source>Backup complete: %1 contacts, %2 events, %3 to-dos and %4 photos (%5 in all).</source>
        <translation>Sauvegarde terminée&#xa0;: %1 contacts, %2 événements, %3 tâches et %4 photos (%5 au total).</translation>
    </message>
    <message>
        <source>%1 objects copied (%2), %3 unchanged ones reused from earlier backups.</source>
        <translation>%1 objets copiés (%2), %3 inchangés repris de sauvegardes précédentes.</translation>
    </message>
    <message>
        <source>Warnings (%1): %2</source>
        <translation>Avertissements (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <source>The backup was cancelled. Everything copied so far is kept in the archive; the next backup carries on from there.</source>
        <translation>La sauvegarde a été annulée. Tout ce qui a été copié jusqu’ici est conservé dans l’archive&#xa0;; la prochaine sauvegarde reprendra à partir de là.</translation>
    </message>
    <message>
        <source>The backup did not complete.</source>
        <translation>La sauvegarde ne s’est pas terminée.</translation>
    </message>
    <message>
        <source>The backup failed. %1</source>
        <translation>La sauvegarde a échoué. %1</translation>
    </message>
    <message>
        <source>Backup complete</source>
        <translation>Sauvegarde terminée</translation>
    </message>
    <message>
        <source>Backup not complete</source>
        <translation>Sauvegarde incomplète</translation>
    </message>
    <message>
        <source>Backup cancelled</source>
        <translation>Sauvegarde annulée</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Échec de la sauvegarde</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>Lifeboat::CalendarPreScanner</name>
    <message>
        <source>The calendar file is larger than %1 MiB, which Lifeboat does not read. It is probably not a calendar.</source>
        <translation>Le fichier d’agenda dépasse %1 Mio, taille que Lifeboat ne lit pas. Ce n’est probablement pas un agenda.</translation>
    </message>
    <message>
        <source>The calendar file contains binary data and cannot be read.</source>
        <translation>Le fichier d’agenda contient des données binaires et ne peut pas être lu.</translation>
    </message>
    <message>
        <source>A line in the calendar file is longer than %1 KiB, which Lifeboat does not read.</source>
        <translation>Une ligne du fichier d’agenda dépasse %1 Kio, longueur que Lifeboat ne lit pas.</translation>
    </message>
    <message>
        <source>The calendar file nests components deeper than %1 levels, which Lifeboat does not read.</source>
        <translation>Le fichier d’agenda imbrique des composants sur plus de %1 niveaux, ce que Lifeboat ne lit pas.</translation>
    </message>
    <message>
        <source>The calendar file holds more than %1 components, which Lifeboat does not read.</source>
        <translation>Le fichier d’agenda contient plus de %1 composants, ce que Lifeboat ne lit pas.</translation>
    </message>
    <message>
        <source>The calendar file is damaged: its components do not end in the order they begin.</source>
        <translation>Le fichier d’agenda est endommagé&#xa0;: ses composants ne se terminent pas dans l’ordre où ils commencent.</translation>
    </message>
    <message>
        <source>A calendar entry has more than %1 properties, which Lifeboat does not read.</source>
        <translation>Une entrée d’agenda a plus de %1 propriétés, ce que Lifeboat ne lit pas.</translation>
    </message>
    <message>
        <source>The calendar file is cut off: it ends before its last entry is complete.</source>
        <translation>Le fichier d’agenda est tronqué&#xa0;: il se termine avant que sa dernière entrée soit complète.</translation>
    </message>
    <message>
        <source>The file holds no calendar entries (no BEGIN:VCALENDAR).</source>
        <translation>Le fichier ne contient aucune entrée d’agenda (pas de BEGIN:VCALENDAR).</translation>
    </message>
</context>
<context>
    <name>Lifeboat::CalendarView</name>
    <message>
        <source>Events on the selected day</source>
        <translation>Événements du jour sélectionné</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Agenda of the shown month</source>
        <translation>Agenda du mois affiché</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Some repeating events have rules Lifeboat cannot expand; they are shown on their first date only.</source>
        <translation>Certains événements récurrents ont des règles que Lifeboat ne sait pas développer&#xa0;; ils ne sont affichés qu’à leur première date.</translation>
    </message>
    <message>
        <source>This snapshot holds no calendar events.</source>
        <translation>Cet instantané ne contient aucun événement.</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Toute la journée</translation>
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
        <translation>Aucun événement ce mois-ci.</translation>
    </message>
    <message>
        <source>Nothing on this day.</source>
        <translation>Rien ce jour-là.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::Cli</name>
    <message>
        <source>Usage: lifeboat-cli COMMAND [OPTIONS]</source>
        <translation>Utilisation&#xa0;: lifeboat-cli COMMANDE [OPTIONS]</translation>
    </message>
    <message>
        <source>Back up and restore a handset&apos;s contacts, calendar, to-dos and photos.</source>
        <translation>Sauvegarder et restaurer les contacts, l’agenda, les tâches et les photos d’un téléphone.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options&#xa0;:</translation>
    </message>
    <message>
        <source>Show this help, or a command&apos;s with COMMAND --help</source>
        <translation>Afficher cette aide, ou celle d’une commande avec COMMANDE --help</translation>
    </message>
    <message>
        <source>Show the version</source>
        <translation>Afficher la version</translation>
    </message>
    <message>
        <source>Show versions of Lifeboat and its libraries</source>
        <translation>Afficher les versions de Lifeboat et de ses bibliothèques</translation>
    </message>
    <message>
        <source>lifeboat-cli: unknown command &quot;%1&quot;. Run lifeboat-cli --help for the list of commands.</source>
        <translation>lifeboat-cli&#xa0;: commande inconnue «&#xa0;%1&#xa0;». Lancez lifeboat-cli --help pour la liste des commandes.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::CliArchive</name>
    <message>
        <source>Name the archive with --archive FILE.</source>
        <translation>Indiquez l’archive avec --archive FILE.</translation>
    </message>
    <message>
        <source>There is no archive at %1. Check the path, or back up a handset first.</source>
        <translation>Il n’y a pas d’archive à l’emplacement %1. Vérifiez le chemin ou sauvegardez d’abord un téléphone.</translation>
    </message>
    <message>
        <source>The archive has no complete snapshot yet. Back up the handset first.</source>
        <translation>L’archive n’a encore aucun instantané complet. Sauvegardez d’abord le téléphone.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a snapshot: give its number or &quot;latest&quot;.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un instantané&#xa0;: indiquez son numéro ou «&#xa0;latest&#xa0;».</translation>
    </message>
    <message>
        <source>The archive has no snapshot %1. List them with lifeboat-cli snapshots.</source>
        <translation>L’archive n’a pas d’instantané %1. Affichez-les avec lifeboat-cli snapshots.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::CliOptions</name>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation>Format de sortie&#xa0;: text (par défaut) ou json.</translation>
    </message>
    <message>
        <source>The archive file (*.lifeboat).</source>
        <translation>Le fichier d’archive (*.lifeboat).</translation>
    </message>
    <message>
        <source>Snapshot number, or &quot;latest&quot; (default).</source>
        <translation>Numéro de l’instantané, ou «&#xa0;latest&#xa0;» (par défaut).</translation>
    </message>
    <message>
        <source>Comma-separated kinds: contacts, calendar, todos, photos (default: all).</source>
        <translation>Types séparés par des virgules&#xa0;: contacts, calendar, todos, photos (par défaut&#xa0;: tous).</translation>
    </message>
    <message>
        <source>The handset: its serial number (or a unique start of it), &quot;demo&quot; for the built-in demo handset, or virtual:DIR for a virtual handset serving folder DIR.</source>
        <translation>Le téléphone&#xa0;: son numéro de série (ou un début de celui-ci sans ambiguïté), «&#xa0;demo&#xa0;» pour le téléphone de démonstration intégré, ou virtual:DIR pour un téléphone virtuel qui sert le dossier DIR.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Unknown output format &quot;%1&quot;: use text or json.</source>
        <translation>Format de sortie inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez text ou json.</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;: use contacts, calendar, todos or photos.</source>
        <translation>Type inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez contacts, calendar, todos ou photos.</translation>
    </message>
    <message>
        <source>--kinds names no kind.</source>
        <translation>--kinds n’indique aucun type.</translation>
    </message>
    <message>
        <source>lifeboat-cli %1: %2</source>
        <translation>lifeboat-cli %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Run lifeboat-cli %1 --help for its options.</source>
        <translation>Lancez lifeboat-cli %1 --help pour voir ses options.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::CliOutput</name>
    <message>
        <source>lifeboat-cli %1: %2</source>
        <translation>lifeboat-cli %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>To-dos</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
</context>
<context>
    <name>Lifeboat::CliPassphrase</name>
    <message>
        <source>Read the archive&apos;s passphrase from file descriptor N (one line). Else it is taken from LIFEBOAT_PASSPHRASE, or asked for.</source>
        <translation>Lire la phrase secrète de l’archive depuis le descripteur de fichier N (une ligne). Sinon, elle est prise dans LIFEBOAT_PASSPHRASE ou demandée.</translation>
    </message>
    <message>
        <source>Read the new passphrase from file descriptor N (one line). Else it is taken from LIFEBOAT_NEW_PASSPHRASE, or asked for twice.</source>
        <translation>Lire la nouvelle phrase secrète depuis le descripteur de fichier N (une ligne). Sinon, elle est prise dans LIFEBOAT_NEW_PASSPHRASE ou demandée deux fois.</translation>
    </message>
    <message>
        <source>a passphrase is never taken from the command line, where other users can see it. Use --passphrase-fd N, the environment variable %1, or type it when asked.</source>
        <translation>une phrase secrète n’est jamais prise sur la ligne de commande, où d’autres utilisateurs peuvent la voir. Utilisez --passphrase-fd N, la variable d’environnement %1, ou saisissez-la quand elle est demandée.</translation>
    </message>
    <message>
        <source>--%1 takes a file descriptor number.</source>
        <translation>--%1 attend un numéro de descripteur de fichier.</translation>
    </message>
    <message>
        <source>Passphrase for %1: </source>
        <translation>Phrase secrète pour %1&#xa0;: </translation>
    </message>
    <message>
        <source>New passphrase for %1: </source>
        <translation>Nouvelle phrase secrète pour %1&#xa0;: </translation>
    </message>
    <message>
        <source>Type it again: </source>
        <translation>Saisissez-la à nouveau&#xa0;: </translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed. Run the command again.</source>
        <translation>Les deux phrases secrètes diffèrent&#xa0;; rien n’a été modifié. Relancez la commande.</translation>
    </message>
    <message>
        <source>A new passphrase for %1 is needed: give it with --new-passphrase-fd N or the environment variable %2, or run the command in a terminal to type it.</source>
        <translation>Une nouvelle phrase secrète est nécessaire pour %1&#xa0;: indiquez-la avec --new-passphrase-fd N ou la variable d’environnement %2, ou lancez la commande dans un terminal pour la saisir.</translation>
    </message>
    <message>
        <source>The archive %1 is encrypted: give its passphrase with --passphrase-fd N or the environment variable %2, or run the command in a terminal to type it.</source>
        <translation>L’archive %1 est chiffrée&#xa0;: indiquez sa phrase secrète avec --passphrase-fd N ou la variable d’environnement %2, ou lancez la commande dans un terminal pour la saisir.</translation>
    </message>
    <message>
        <source>An empty passphrase protects nothing. Choose one.</source>
        <translation>Une phrase secrète vide ne protège rien. Choisissez-en une.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ContactCard</name>
    <message>
        <source>Contact details</source>
        <translation>Détails du contact</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobile</translation>
    </message>
    <message>
        <source>home</source>
        <translation>domicile</translation>
    </message>
    <message>
        <source>work</source>
        <translation>travail</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>fax</translation>
    </message>
    <message>
        <source>pager</source>
        <translation>pager</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Anniversaire</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ContactListModel</name>
    <message>
        <source>(no name)</source>
        <translation>(sans nom)</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ContactsView</name>
    <message>
        <source>Filter contacts</source>
        <translation>Filtrer les contacts</translation>
    </message>
    <message>
        <source>Filter by name, number, e-mail…</source>
        <translation>Filtrer par nom, numéro, adresse e-mail…</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>This snapshot holds no contacts.</source>
        <translation>Cet instantané ne contient aucun contact.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ContentStore</name>
    <message>
        <source>Stored content in the archive %1 is damaged. Run a verify to see which snapshots are affected.</source>
        <translation>Du contenu enregistré dans l’archive %1 est endommagé. Lancez une vérification pour savoir quels instantanés sont concernés.</translation>
    </message>
    <message>
        <source>Stored content does not add up to its size.</source>
        <translation>Le contenu enregistré ne correspond pas à sa taille.</translation>
    </message>
    <message>
        <source>The archive does not hold this content.</source>
        <translation>L’archive ne contient pas ce contenu.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ContentWriter</name>
    <message>
        <source>Content was written after it was finished.</source>
        <translation>Du contenu a été écrit après avoir été finalisé.</translation>
    </message>
    <message>
        <source>Negative write size.</source>
        <translation>Taille d’écriture négative.</translation>
    </message>
    <message>
        <source>Content written beyond an object already stored.</source>
        <translation>Du contenu a été écrit au-delà d’un objet déjà enregistré.</translation>
    </message>
    <message>
        <source>Content was finished twice.</source>
        <translation>Le contenu a été finalisé deux fois.</translation>
    </message>
    <message>
        <source>Content was stored in pieces that are not chunks.</source>
        <translation>Le contenu a été enregistré en morceaux qui ne sont pas des blocs.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::CopyCommand</name>
    <message>
        <source>The file to write the copy to.</source>
        <translation>Le fichier dans lequel écrire la copie.</translation>
    </message>
    <message>
        <source>Replace the file named by --to if it exists.</source>
        <translation>Remplacer le fichier indiqué par --to s’il existe.</translation>
    </message>
    <message>
        <source>Name the file to copy to with --to FILE.</source>
        <translation>Indiquez le fichier de destination de la copie avec --to FILE.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or add --overwrite to replace it.</source>
        <translation>%1 existe déjà. Choisissez un autre nom, ou ajoutez --overwrite pour le remplacer.</translation>
    </message>
    <message>
        <source>There is no archive at %1. Check the path.</source>
        <translation>Il n’y a pas d’archive à l’emplacement %1. Vérifiez le chemin.</translation>
    </message>
    <message>
        <source>Saved a copy of %1 as %2 (%3).</source>
        <translation>Copie de %1 enregistrée sous %2 (%3).</translation>
    </message>
    <message>
        <source>Save a consistent copy of an archive</source>
        <translation>Enregistrer une copie cohérente d’une archive</translation>
    </message>
</context>
<context>
    <name>Lifeboat::CopyJob</name>
    <message>
        <source>Saving a copy</source>
        <translation>Enregistrement d’une copie</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
</context>
<context>
    <name>Lifeboat::Database</name>
    <message>
        <source>The archive %1 cannot be opened. Check that the file exists and that you may read it.</source>
        <translation>Impossible d’ouvrir l’archive %1. Vérifiez que le fichier existe et que vous avez le droit de le lire.</translation>
    </message>
    <message>
        <source>The disk holding the archive %1 is full. Free some space and run the backup again; everything already stored is kept.</source>
        <translation>Le disque contenant l’archive %1 est plein. Libérez de l’espace et relancez la sauvegarde&#xa0;; tout ce qui est déjà enregistré est conservé.</translation>
    </message>
    <message>
        <source>The archive %1 is damaged. Run a verify to see which snapshots are affected.</source>
        <translation>L’archive %1 est endommagée. Lancez une vérification pour savoir quels instantanés sont concernés.</translation>
    </message>
    <message>
        <source>The archive %1 is in use by another program or job. Wait for it to finish, then try again.</source>
        <translation>L’archive %1 est utilisée par un autre programme ou une autre tâche. Attendez la fin de celle-ci, puis réessayez.</translation>
    </message>
    <message>
        <source>The archive %1 is open read-only or the file is write-protected.</source>
        <translation>L’archive %1 est ouverte en lecture seule ou le fichier est protégé en écriture.</translation>
    </message>
    <message>
        <source>Reading or writing the archive %1 failed. Check the disk, then run a verify.</source>
        <translation>La lecture ou l’écriture de l’archive %1 a échoué. Vérifiez le disque, puis lancez une vérification.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::DevicesCommand</name>
    <message>
        <source>No handset found. Connect it with a USB cable, unlock it and choose &quot;File transfer&quot; when it asks. To try Lifeboat without one, use --device demo.</source>
        <translation>Aucun téléphone trouvé. Branchez-le avec un câble USB, déverrouillez-le et choisissez «&#xa0;Transfert de fichiers&#xa0;» quand il le demande. Pour essayer Lifeboat sans téléphone, utilisez --device demo.</translation>
    </message>
    <message>
        <source>List the handsets connected over USB</source>
        <translation>Lister les téléphones branchés en USB</translation>
    </message>
</context>
<context>
    <name>Lifeboat::DiffCommand</name>
    <message>
        <source>The older snapshot (default: the one before TO).</source>
        <translation>L’instantané le plus ancien (par défaut&#xa0;: celui qui précède TO).</translation>
    </message>
    <message>
        <source>The newer snapshot (default: latest).</source>
        <translation>L’instantané le plus récent (par défaut&#xa0;: le dernier).</translation>
    </message>
    <message>
        <source>Give at most two snapshots.</source>
        <translation>Indiquez au plus deux instantanés.</translation>
    </message>
    <message>
        <source>Snapshot %1 is the first complete one: there is nothing to compare it with.</source>
        <translation>L’instantané %1 est le premier complet&#xa0;: il n’y a rien à quoi le comparer.</translation>
    </message>
    <message>
        <source>Changes from snapshot %1 to snapshot %2</source>
        <translation>Modifications de l’instantané %1 à l’instantané %2</translation>
    </message>
    <message>
        <source>%1 added, %2 removed, %3 changed</source>
        <translation>%1 ajoutés, %2 supprimés, %3 modifiés</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Rien n’a changé.</translation>
    </message>
    <message>
        <source>Show what changed between two snapshots</source>
        <translation>Afficher ce qui a changé entre deux instantanés</translation>
    </message>
</context>
<context>
    <name>Lifeboat::DiffView</name>
    <message>
        <source>Compare from snapshot</source>
        <translation>Comparer à partir de l’instantané</translation>
    </message>
    <message>
        <source>Compare to snapshot</source>
        <translation>Comparer avec l’instantané</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;À&#xa0;:</translation>
    </message>
    <message>
        <source>The comparison failed: %1</source>
        <translation>La comparaison a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Choose a snapshot on the left.</source>
        <translation>Choisissez un instantané à gauche.</translation>
    </message>
    <message>
        <source>This is the archive&apos;s only snapshot. Back up again later to see what changed.</source>
        <translation>C’est le seul instantané de l’archive. Sauvegardez à nouveau plus tard pour voir ce qui a changé.</translation>
    </message>
    <message>
        <source>This is the archive&apos;s first snapshot. Choose a later one under To.</source>
        <translation>C’est le premier instantané de l’archive. Choisissez-en un plus récent sous «&#xa0;À&#xa0;».</translation>
    </message>
    <message>
        <source>Choose two different snapshots to compare.</source>
        <translation>Choisissez deux instantanés différents à comparer.</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparaison…</translation>
    </message>
    <message>
        <source>%1: %2 added, %3 removed, %4 changed</source>
        <translation>%1&#xa0;: %2 ajoutés, %3 supprimés, %4 modifiés</translation>
    </message>
    <message>
        <source>Added (%1)</source>
        <translation>Ajoutés (%1)</translation>
    </message>
    <message>
        <source>Removed (%1)</source>
        <translation>Supprimés (%1)</translation>
    </message>
    <message>
        <source>Changed (%1)</source>
        <translation>Modifiés (%1)</translation>
    </message>
    <message>
        <source>Nothing changed between these snapshots.</source>
        <translation>Rien n’a changé entre ces instantanés.</translation>
    </message>
    <message>
        <source>Changes from the first snapshot to the second:</source>
        <translation>Modifications du premier instantané au second&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ExifReader</name>
    <message>
        <source>The photo&apos;s EXIF data cannot be read. The photo is kept as it is, without its date and thumbnail.</source>
        <translation>Les données EXIF de la photo ne peuvent pas être lues. La photo est conservée telle quelle, sans sa date ni sa miniature.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ExportCommand</name>
    <message>
        <source>The folder to write into (created if missing).</source>
        <translation>Le dossier dans lequel écrire (créé s’il n’existe pas).</translation>
    </message>
    <message>
        <source>vCard version: 3.0 (default) or 4.0.</source>
        <translation>Version vCard&#xa0;: 3.0 (par défaut) ou 4.0.</translation>
    </message>
    <message>
        <source>Copy the handset&apos;s own folder tree instead of merged files.</source>
        <translation>Copier l’arborescence de dossiers du téléphone au lieu de fichiers fusionnés.</translation>
    </message>
    <message>
        <source>Name the folder to export into with --out DIR.</source>
        <translation>Indiquez le dossier de destination de l’export avec --out DIR.</translation>
    </message>
    <message>
        <source>--vcard takes 3.0 or 4.0.</source>
        <translation>--vcard attend 3.0 ou 4.0.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque&#xa0;: %1</translation>
    </message>
    <message>
        <source>Exported snapshot %1 into %2: %3 contacts, %4 events, %5 to-dos, %6 photos (%7 files, %8).</source>
        <translation>Instantané %1 exporté dans %2&#xa0;: %3 contacts, %4 événements, %5 tâches, %6 photos (%7 fichiers, %8).</translation>
    </message>
    <message>
        <source>lifeboat-cli export: %1</source>
        <translation>lifeboat-cli export&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export a snapshot to vCard, iCalendar and a photo folder</source>
        <translation>Exporter un instantané en vCard, iCalendar et un dossier de photos</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ExportDialog</name>
    <message>
        <source>&amp;Contacts as vCard (contacts.vcf)</source>
        <translation>&amp;Contacts au format vCard (contacts.vcf)</translation>
    </message>
    <message>
        <source>&amp;Events as iCalendar (calendar.ics)</source>
        <translation>&amp;Événements au format iCalendar (calendar.ics)</translation>
    </message>
    <message>
        <source>&amp;To-dos as iCalendar (todos.ics)</source>
        <translation>&amp;Tâches au format iCalendar (todos.ics)</translation>
    </message>
    <message>
        <source>&amp;Photos into a folder (photos/)</source>
        <translation>&amp;Photos dans un dossier (photos/)</translation>
    </message>
    <message>
        <source>Copy the handset&apos;s files &amp;unchanged, in its own folders</source>
        <translation>Copier les fichiers du téléphone tels &amp;quels, dans ses propres dossiers</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>P&amp;arcourir…</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Export Snapshot</source>
        <translation>Exporter l’instantané</translation>
    </message>
    <message>
        <source>Export snapshot</source>
        <translation>Exporter l’instantané</translation>
    </message>
    <message>
        <source>What to export</source>
        <translation>Éléments à exporter</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exporter %1</translation>
    </message>
    <message>
        <source>Copy the handset&apos;s files unchanged</source>
        <translation>Copier les fichiers du téléphone tels quels</translation>
    </message>
    <message>
        <source>Instead of one file per kind, every stored file is written where the handset kept it.</source>
        <translation>Au lieu d’un fichier par type, chaque fichier stocké est écrit là où le téléphone le gardait.</translation>
    </message>
    <message>
        <source>vCard version</source>
        <translation>Version vCard</translation>
    </message>
    <message>
        <source>vCard 3.0 (read by almost every program)</source>
        <translation>vCard 3.0 (lue par presque tous les programmes)</translation>
    </message>
    <message>
        <source>vCard 4.0</source>
        <translation>vCard 4.0</translation>
    </message>
    <message>
        <source>Folder to export into</source>
        <translation>Dossier de destination de l’export</translation>
    </message>
    <message>
        <source>Lifeboat export</source>
        <translation>Export Lifeboat</translation>
    </message>
    <message>
        <source>Choose the folder to export into</source>
        <translation>Choisir le dossier de destination de l’export</translation>
    </message>
    <message>
        <source>&amp;Format of contacts:</source>
        <translation>&amp;Format des contacts&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Into the folder:</source>
        <translation>&amp;Dans le dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progression de l’export</translation>
    </message>
    <message>
        <source>What the export wrote</source>
        <translation>Ce que l’export a écrit</translation>
    </message>
    <message>
        <source>Start the export</source>
        <translation>Lancer l’export</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Annuler l’export</translation>
    </message>
    <message>
        <source>Export Into</source>
        <translation>Exporter dans</translation>
    </message>
    <message>
        <source>Exporting into %1…</source>
        <translation>Export dans %1…</translation>
    </message>
    <message>
        <source>The export was cancelled. The files below were written before it stopped.</source>
        <translation>L’export a été annulé. Les fichiers ci-dessous ont été écrits avant son arrêt.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>L’export a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Exported %1 into %2.</source>
        <translation>%1 exporté dans %2.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>1 file written:</source>
        <translation>1 fichier écrit&#xa0;:</translation>
    </message>
    <message>
        <source>%1 files written:</source>
        <translation>%1 fichiers écrits&#xa0;:</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>et %1 de plus</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>The export did not finish.</source>
        <translation>L’export ne s’est pas terminé.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ExportFolder</name>
    <message>
        <source>%1 is a file, not a folder. Choose a folder to export into.</source>
        <translation>%1 est un fichier, pas un dossier. Choisissez un dossier dans lequel exporter.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1. Check that the disk is writable and has space.</source>
        <translation>Impossible de créer le dossier %1. Vérifiez que le disque est accessible en écriture et qu’il reste de la place.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; Lifeboat does not export through links. Choose an empty folder.</source>
        <translation>%1 est un lien symbolique&#xa0;; Lifeboat n’exporte pas à travers les liens. Choisissez un dossier vide.</translation>
    </message>
    <message>
        <source>%1 is in the way: it is a file, not a folder.</source>
        <translation>%1 gêne&#xa0;: c’est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; Lifeboat does not write through links.</source>
        <translation>%1 est un lien symbolique&#xa0;; Lifeboat n’écrit pas à travers les liens.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="vanished">Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Free some space and export again.</source>
        <translation type="vanished">Impossible d’écrire %1&#xa0;: %2. Libérez de l’espace et exportez à nouveau.</translation>
    </message>
    <message>
        <source>Cannot finish writing %1: %2. Free some space and export again.</source>
        <translation type="vanished">Impossible de terminer l’écriture de %1&#xa0;: %2. Libérez de l’espace et exportez à nouveau.</translation>
    </message>
    <message>
        <source>%1: the disk is full. Free some space and export again.</source>
        <translation>%1&#xa0;: le disque est plein. Libérez de la place et exportez à nouveau.</translation>
    </message>
    <message>
        <source>%1: %2. Check the disk (is it still connected, is it failing?) and export again.</source>
        <translation>%1&#xa0;: %2. Vérifiez le disque (est-il toujours branché, est-il défaillant&#xa0;?) et exportez à nouveau.</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>Impossible d’écrire %1</translation>
    </message>
    <message>
        <source>Cannot finish writing %1</source>
        <translation>Impossible de terminer l’écriture de %1</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ExportJob</name>
    <message>
        <source>Exporting</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>L’export a été annulé.</translation>
    </message>
    <message>
        <source>%1 is too large to merge; exported as it is.</source>
        <translation>%1 est trop volumineux pour être fusionné&#xa0;; exporté tel quel.</translation>
    </message>
    <message>
        <source>%1 could not be read (%2); exported as it is.</source>
        <translation>%1 n’a pas pu être lu (%2)&#xa0;; exporté tel quel.</translation>
    </message>
    <message>
        <source>too large to merge</source>
        <translation>trop volumineux pour être fusionné</translation>
    </message>
    <message>
        <source>%1 could not be merged (%2); exported as it is.</source>
        <translation>%1 n’a pas pu être fusionné (%2)&#xa0;; exporté tel quel.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ExportTask</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>L’export a été annulé.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::FileDataSource</name>
    <message>
        <source>The virtual handset cannot read one of its files.</source>
        <translation>Le téléphone virtuel ne peut pas lire l’un de ses fichiers.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::HandsetBackupJob</name>
    <message>
        <source>Opening the handset</source>
        <translation>Ouverture du téléphone</translation>
    </message>
    <message>
        <source>The backup was cancelled before it began.</source>
        <translation>La sauvegarde a été annulée avant de commencer.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::HandsetConnector</name>
    <message>
        <source>&quot;%1&quot; matches several handsets (%2). Give more of the serial number.</source>
        <translation>«&#xa0;%1&#xa0;» correspond à plusieurs téléphones (%2). Indiquez une plus grande partie du numéro de série.</translation>
    </message>
    <message>
        <source>No handset with serial number %1 is connected. Check the cable, unlock the handset and choose &quot;File transfer&quot;; lifeboat-cli devices lists what is connected.</source>
        <translation>Aucun téléphone portant le numéro de série %1 n’est branché. Vérifiez le câble, déverrouillez le téléphone et choisissez «&#xa0;Transfert de fichiers&#xa0;»&#xa0;; lifeboat-cli devices affiche ce qui est branché.</translation>
    </message>
    <message>
        <source>Lifeboat may not open the handset %1 %2 (%3). Install Lifeboat&apos;s udev rule (it comes with the package), then unplug and reconnect the handset.</source>
        <translation>Lifeboat n’a pas le droit d’ouvrir le téléphone %1 %2 (%3). Installez la règle udev de Lifeboat (fournie avec le paquet), puis débranchez et rebranchez le téléphone.</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>prêt</translation>
    </message>
    <message>
        <source>no permission: install the udev rule, then reconnect</source>
        <translation>pas d’autorisation&#xa0;: installez la règle udev, puis rebranchez</translation>
    </message>
    <message>
        <source>Unknown profile &quot;%1&quot;: use lifeboat or android.</source>
        <translation>Profil inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez lifeboat ou android.</translation>
    </message>
    <message>
        <source>virtual: needs a folder, as in virtual:/tmp/phone.</source>
        <translation>virtual: demande un dossier, par exemple virtual:/tmp/phone.</translation>
    </message>
    <message>
        <source>Name the handset: a serial number, demo, or virtual:DIR.</source>
        <translation>Indiquez le téléphone&#xa0;: un numéro de série, demo ou virtual:DIR.</translation>
    </message>
    <message>
        <source>Demo handset</source>
        <translation>Téléphone de démonstration</translation>
    </message>
    <message>
        <source>There is no folder %1 for the virtual handset to serve. Create it first (an empty folder is an empty handset).</source>
        <translation>Le dossier %1 que doit servir le téléphone virtuel n’existe pas. Créez-le d’abord (un dossier vide donne un téléphone vide).</translation>
    </message>
</context>
<context>
    <name>Lifeboat::HandsetWatcher</name>
    <message>
        <source>Handset %1</source>
        <translation>Téléphone %1</translation>
    </message>
    <message>
        <source>USB port %1</source>
        <translation>Port USB %1</translation>
    </message>
    <message>
        <source>Serial number %1, USB port %2</source>
        <translation>Numéro de série %1, port USB %2</translation>
    </message>
    <message>
        <source>This handset gives no serial number, so Lifeboat cannot tell it from others. Reconnect it; if this stays, it cannot be backed up.</source>
        <translation>Ce téléphone ne donne pas de numéro de série&#xa0;: Lifeboat ne peut donc pas le distinguer des autres. Rebranchez-le&#xa0;; si cela persiste, il ne peut pas être sauvegardé.</translation>
    </message>
    <message>
        <source>Demo handset</source>
        <translation>Téléphone de démonstration</translation>
    </message>
    <message>
        <source>Built into Lifeboat, for trying it out</source>
        <translation>Intégré à Lifeboat, pour l’essayer</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Unlock the handset to let Lifeboat see its content</source>
        <translation>Déverrouillez le téléphone pour que Lifeboat puisse voir son contenu</translation>
    </message>
    <message>
        <source>Another program holds the handset: close the file manager or eject the handset there</source>
        <translation>Un autre programme utilise le téléphone&#xa0;: fermez le gestionnaire de fichiers ou éjectez-y le téléphone</translation>
    </message>
    <message>
        <source>Lifeboat may not open this handset: install Lifeboat&apos;s udev rule (it comes with the package), then reconnect the handset</source>
        <translation>Lifeboat n’a pas le droit d’ouvrir ce téléphone&#xa0;: installez la règle udev de Lifeboat (fournie avec le paquet), puis rebranchez le téléphone</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sauvegarde…</translation>
    </message>
    <message>
        <source>Lifeboat cannot use this handset</source>
        <translation>Lifeboat ne peut pas utiliser ce téléphone</translation>
    </message>
    <message>
        <source>Not backed up yet</source>
        <translation>Pas encore sauvegardé</translation>
    </message>
    <message>
        <source>Last backup today</source>
        <translation>Dernière sauvegarde aujourd’hui</translation>
    </message>
    <message>
        <source>Last backup yesterday</source>
        <translation>Dernière sauvegarde hier</translation>
    </message>
    <message numerus="yes">
        <source>Last backup %n days ago: time for a new one</source>
        <translation>
            <numerusform>Dernière sauvegarde il y a %n jour&#xa0;: il est temps d’en faire une nouvelle</numerusform>
            <numerusform>Dernière sauvegarde il y a %n jours&#xa0;: il est temps d’en faire une nouvelle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last backup %n days ago</source>
        <translation>
            <numerusform>Dernière sauvegarde il y a %n jour</numerusform>
            <numerusform>Dernière sauvegarde il y a %n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lifeboat::HandsetsPane</name>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Handsets</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>Connected handsets, their state and their last backup</source>
        <translation>Téléphones branchés, leur état et leur dernière sauvegarde</translation>
    </message>
    <message>
        <source>No handset connected. Connect one with its USB cable, unlock it and choose &quot;File transfer&quot; — or try Lifeboat with the demo handset (Handset &gt; Use Demo Handset).</source>
        <translation>Aucun téléphone branché. Branchez-en un avec son câble USB, déverrouillez-le et choisissez «&#xa0;Transfert de fichiers&#xa0;», ou essayez Lifeboat avec le téléphone de démonstration (Téléphone &gt; Utiliser le téléphone de démonstration).</translation>
    </message>
    <message>
        <source>Back up the selected handset now</source>
        <translation>Sauvegarder maintenant le téléphone sélectionné</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ICalObjectParser</name>
    <message>
        <source>The calendar file is damaged and cannot be read.</source>
        <translation>Le fichier d’agenda est endommagé et ne peut pas être lu.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ICalendarMerger</name>
    <message>
        <source>The calendar entry is damaged and cannot be exported.</source>
        <translation>L’entrée d’agenda est endommagée et ne peut pas être exportée.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ItemIndex</name>
    <message>
        <source>No photo is indexed for object %1.</source>
        <translation>Aucune photo n’est indexée pour l’objet %1.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ItemPrinter</name>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>[repeats]</source>
        <translation>[récurrent]</translation>
    </message>
    <message>
        <source>To-dos</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
</context>
<context>
    <name>Lifeboat::JpegWriter</name>
    <message>
        <source>A photo of the virtual handset could not be made.</source>
        <translation>Une photo du téléphone virtuel n’a pas pu être créée.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::KindText</name>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>To-do</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Other file</source>
        <translation>Autre fichier</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>To-dos</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Other files</source>
        <translation>Autres fichiers</translation>
    </message>
</context>
<context>
    <name>Lifeboat::Library</name>
    <message>
        <source>Cannot create the library folder %1. Check that the disk is writable, or choose another folder with --archive.</source>
        <translation>Impossible de créer le dossier de la bibliothèque %1. Vérifiez que le disque est accessible en écriture ou choisissez un autre emplacement avec --archive.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::LibraryPane</name>
    <message>
        <source>Archives and snapshots</source>
        <translation>Archives et instantanés</translation>
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
        <translation>Aucun instantané pour l’instant</translation>
    </message>
    <message>
        <source>Cannot be read: %1</source>
        <translation>Illisible&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Lifeboat::LoopbackTransport</name>
    <message>
        <source>Internal error while reading from the handset.</source>
        <translation>Erreur interne lors de la lecture depuis le téléphone.</translation>
    </message>
    <message>
        <source>The transfer was cancelled.</source>
        <translation>Le transfert a été annulé.</translation>
    </message>
    <message>
        <source>The handset stopped answering. Unplug it, plug it in again and retry.</source>
        <translation>Le téléphone ne répond plus. Débranchez-le, rebranchez-le et réessayez.</translation>
    </message>
    <message>
        <source>The handset was disconnected. Plug it in again and retry.</source>
        <translation>Le téléphone a été débranché. Rebranchez-le et réessayez.</translation>
    </message>
    <message>
        <source>The handset refused a transfer. Unplug it, plug it in again and retry.</source>
        <translation>Le téléphone a refusé un transfert. Débranchez-le, rebranchez-le et réessayez.</translation>
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
        <translation>&amp;Ouvrir une archive…</translation>
    </message>
    <message>
        <source>Open an archive</source>
        <translation>Ouvrir une archive</translation>
    </message>
    <message>
        <source>No archive yet. Connect a handset and choose Back up, or open an archive with File &gt; Open.</source>
        <translation>Aucune archive pour l’instant. Branchez un téléphone et choisissez «&#xa0;Sauvegarder&#xa0;», ou ouvrez une archive avec Fichier &gt; Ouvrir.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Reload Library</source>
        <translation>&amp;Recharger la bibliothèque</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Contacts</translation>
    </message>
    <message>
        <source>C&amp;alendar</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <source>&amp;To-dos</source>
        <translation>&amp;Tâches</translation>
    </message>
    <message>
        <source>&amp;Photos</source>
        <translation>&amp;Photos</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Recherche</translation>
    </message>
    <message>
        <source>&amp;What Changed</source>
        <translation>&amp;Modifications</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;ide</translation>
    </message>
    <message>
        <source>&amp;About Lifeboat</source>
        <translation>À &amp;propos de Lifeboat</translation>
    </message>
    <message>
        <source>About Lifeboat</source>
        <translation>À propos de Lifeboat</translation>
    </message>
    <message>
        <source>Lifeboat %1

Keeps a complete, versioned copy of a handset&apos;s contacts, calendar, to-dos and photos on this computer.</source>
        <translation>Lifeboat %1

Conserve sur cet ordinateur une copie complète et versionnée des contacts, de l’agenda, des tâches et des photos d’un téléphone.</translation>
    </message>
    <message>
        <source>Open Archive</source>
        <translation>Ouvrir une archive</translation>
    </message>
    <message>
        <source>Lifeboat archives (*.lifeboat);;All files (*)</source>
        <translation>Archives Lifeboat (*.lifeboat);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose a snapshot on the left to see what it holds.</source>
        <translation>Choisissez un instantané à gauche pour voir ce qu’il contient.</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>Impossible d’ouvrir %1</translation>
    </message>
    <message>
        <source>%1 — Lifeboat</source>
        <translation>%1 — Lifeboat</translation>
    </message>
    <message>
        <source>This archive holds no snapshots yet. Connect its handset and choose Back up.</source>
        <translation>Cette archive ne contient encore aucun instantané. Branchez son téléphone et choisissez «&#xa0;Sauvegarder&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot show this snapshot</source>
        <translation>Impossible d’afficher cet instantané</translation>
    </message>
    <message>
        <source>Save a &amp;Copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>Choose an archive on the left first, then save a copy of it.</source>
        <translation>Choisissez d’abord une archive à gauche, puis enregistrez-en une copie.</translation>
    </message>
    <message>
        <source>&amp;Handset</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Use &amp;Demo Handset</source>
        <translation>Utiliser le téléphone de &amp;démonstration</translation>
    </message>
    <message>
        <source>A handset built into Lifeboat, with made-up contacts, events, to-dos and photos, for trying everything without a phone</source>
        <translation>Un téléphone intégré à Lifeboat, avec des contacts, des événements, des tâches et des photos fictifs, pour tout essayer sans téléphone</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>USB handsets cannot be seen: %1</source>
        <translation>Les téléphones USB ne sont pas visibles&#xa0;: %1</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Write the shown snapshot out as vCard, iCalendar and a photo folder</source>
        <translation>Écrire l’instantané affiché au format vCard, iCalendar et dans un dossier de photos</translation>
    </message>
    <message>
        <source>&amp;Snapshot</source>
        <translation>I&amp;nstantané</translation>
    </message>
    <message>
        <source>&amp;Restore to Handset…</source>
        <translation>&amp;Restaurer sur le téléphone…</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>O&amp;utils</translation>
    </message>
    <message>
        <source>&amp;Verify Archive</source>
        <translation>&amp;Vérifier l’archive</translation>
    </message>
    <message>
        <source>No snapshot chosen</source>
        <translation>Aucun instantané choisi</translation>
    </message>
    <message>
        <source>Open an archive and choose one of its snapshots on the left first.</source>
        <translation>Ouvrez d’abord une archive et choisissez l’un de ses instantanés à gauche.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>handset name (serial number and USB port)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No archive open</source>
        <translation>Aucune archive ouverte</translation>
    </message>
    <message>
        <source>Open an archive first, then verify it.</source>
        <translation>Ouvrez d’abord une archive, puis vérifiez-la.</translation>
    </message>
    <message>
        <source>Cannot back up %1</source>
        <translation>Impossible de sauvegarder %1</translation>
    </message>
    <message>
        <source>Backup Running</source>
        <translation>Sauvegarde en cours</translation>
    </message>
    <message>
        <source>A backup of %1 is running. Stop it and quit?

What it has copied so far is kept, and the next backup of the handset continues from there.</source>
        <translation>Une sauvegarde de %1 est en cours. L’arrêter et quitter&#xa0;?

Ce qui a déjà été copié est conservé et la prochaine sauvegarde du téléphone reprendra à partir de là.</translation>
    </message>
    <message>
        <source>Stop and Quit</source>
        <translation>Arrêter et quitter</translation>
    </message>
    <message>
        <source>Keep Backing Up</source>
        <translation>Continuer la sauvegarde</translation>
    </message>
</context>
<context>
    <name>Lifeboat::MtpBulkReader</name>
    <message>
        <source>The handset broke the transfer protocol. Disconnect and reconnect it, then try again.</source>
        <translation>Le téléphone n’a pas respecté le protocole de transfert. Débranchez-le, rebranchez-le, puis réessayez.</translation>
    </message>
    <message>
        <source>The handset sent more data than expected. Disconnect and reconnect it, then try again.</source>
        <translation>Le téléphone a envoyé plus de données que prévu. Débranchez-le, rebranchez-le, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::MtpHandset</name>
    <message>
        <source>The handset is locked. Unlock it and keep it connected.</source>
        <translation>Le téléphone est verrouillé. Déverrouillez-le et laissez-le connecté.</translation>
    </message>
    <message>
        <source>A folder cannot be read as a file.</source>
        <translation>Un dossier ne peut pas être lu comme un fichier.</translation>
    </message>
    <message>
        <source>Cannot read beyond the end of the file.</source>
        <translation>Impossible de lire au-delà de la fin du fichier.</translation>
    </message>
    <message>
        <source>The handset cannot continue a transfer where it stopped. The file will be read again from the start.</source>
        <translation>Le téléphone ne peut pas reprendre un transfert là où il s’est arrêté. Le fichier sera relu depuis le début.</translation>
    </message>
    <message>
        <source>The folder is not on the handset.</source>
        <translation>Le dossier n’est pas sur le téléphone.</translation>
    </message>
    <message>
        <source>The folder name &quot;%1&quot; cannot be used on the handset.</source>
        <translation>Le nom de dossier «&#xa0;%1&#xa0;» ne peut pas être utilisé sur le téléphone.</translation>
    </message>
    <message>
        <source>The folder &quot;%1&quot; is not on the handset.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» n’est pas sur le téléphone.</translation>
    </message>
    <message>
        <source>No folder name was given.</source>
        <translation>Aucun nom de dossier n’a été indiqué.</translation>
    </message>
    <message>
        <source>The file name &quot;%1&quot; cannot be used on the handset.</source>
        <translation>Le nom de fichier «&#xa0;%1&#xa0;» ne peut pas être utilisé sur le téléphone.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::MtpResponseError</name>
    <message>
        <source>The handset is busy. Wait until it has finished what it is doing, then try again.</source>
        <translation>Le téléphone est occupé. Attendez qu’il ait fini ce qu’il fait, puis réessayez.</translation>
    </message>
    <message>
        <source>The handset&apos;s storage is full. Free some space on the handset, then try again.</source>
        <translation>Le stockage du téléphone est plein. Libérez de l’espace sur le téléphone, puis réessayez.</translation>
    </message>
    <message>
        <source>The handset does not allow changes here. Check that it is unlocked and that its storage is not write-protected, then try again.</source>
        <translation>Le téléphone n’autorise pas de modifications ici. Vérifiez qu’il est déverrouillé et que son stockage n’est pas protégé en écriture, puis réessayez.</translation>
    </message>
    <message>
        <source>The handset&apos;s storage is not available. Unlock it and keep it connected.</source>
        <translation>Le stockage du téléphone n’est pas disponible. Déverrouillez-le et laissez-le connecté.</translation>
    </message>
    <message>
        <source>That storage is no longer on the handset (was a memory card removed?). Reconnect the handset and try again.</source>
        <translation>Ce stockage n’est plus sur le téléphone (une carte mémoire a-t-elle été retirée&#xa0;?). Rebranchez le téléphone et réessayez.</translation>
    </message>
    <message>
        <source>The file or folder is no longer on the handset. Reconnect the handset so Lifeboat lists it again.</source>
        <translation>Le fichier ou le dossier n’est plus sur le téléphone. Rebranchez le téléphone pour que Lifeboat en refasse l’inventaire.</translation>
    </message>
    <message>
        <source>The handset cannot do this. Lifeboat will use another way where there is one; otherwise this handset is not supported for this task.</source>
        <translation>Le téléphone ne sait pas faire cela. Lifeboat passera par un autre moyen s’il en existe un&#xa0;; sinon, ce téléphone n’est pas pris en charge pour cette tâche.</translation>
    </message>
    <message>
        <source>The transfer was cancelled.</source>
        <translation>Le transfert a été annulé.</translation>
    </message>
    <message>
        <source>The connection to the handset got out of step. Disconnect and reconnect it, then try again.</source>
        <translation>La connexion avec le téléphone s’est désynchronisée. Débranchez-le, rebranchez-le, puis réessayez.</translation>
    </message>
    <message>
        <source>The transfer to the handset was incomplete. Check the cable, then try again.</source>
        <translation>Le transfert vers le téléphone est incomplet. Vérifiez le câble, puis réessayez.</translation>
    </message>
    <message>
        <source>The handset reported an error. Disconnect and reconnect it, then try again; if it keeps happening, restart the handset.</source>
        <translation>Le téléphone a signalé une erreur. Débranchez-le, rebranchez-le, puis réessayez&#xa0;; si cela se reproduit, redémarrez le téléphone.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::MtpSession</name>
    <message>
        <source>The transfer was cancelled.</source>
        <translation>Le transfert a été annulé.</translation>
    </message>
    <message>
        <source>The handset sent more information than Lifeboat accepts at once. Disconnect and reconnect it, then try again.</source>
        <translation>Le téléphone a envoyé plus d’informations que Lifeboat n’en accepte d’un coup. Débranchez-le, rebranchez-le, puis réessayez.</translation>
    </message>
    <message>
        <source>The file to send to the handset changed while it was sent.</source>
        <translation>Le fichier à envoyer au téléphone a changé pendant l’envoi.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::PassphraseCommand</name>
    <message>
        <source>The archive %1 is not encrypted, so it has no passphrase to change. An archive is encrypted when it is created (lifeboat-cli backup --encrypt).</source>
        <translation>L’archive %1 n’est pas chiffrée&#xa0;: elle n’a donc pas de phrase secrète à changer. Une archive est chiffrée à sa création (lifeboat-cli backup --encrypt).</translation>
    </message>
    <message>
        <source>The passphrase of %1 was changed. The old one no longer opens it.</source>
        <translation>La phrase secrète de %1 a été changée. L’ancienne ne l’ouvre plus.</translation>
    </message>
    <message>
        <source>Change the passphrase of an encrypted archive</source>
        <translation>Changer la phrase secrète d’une archive chiffrée</translation>
    </message>
</context>
<context>
    <name>Lifeboat::PassphraseDialog</name>
    <message>
        <source>Unlock %1</source>
        <translation>Déverrouiller %1</translation>
    </message>
    <message>
        <source>The archive %1 is encrypted. Type its passphrase to open it.</source>
        <translation>L’archive %1 est chiffrée. Saisissez sa phrase secrète pour l’ouvrir.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Encrypt %1</source>
        <translation>Chiffrer %1</translation>
    </message>
    <message>
        <source>Choose a passphrase for the new archive %1. Everything Lifeboat keeps about the handset is encrypted with it, and it is asked for whenever the archive is opened.</source>
        <translation>Choisissez une phrase secrète pour la nouvelle archive %1. Tout ce que Lifeboat conserve du téléphone est chiffré avec elle, et elle vous est demandée à chaque ouverture de l’archive.</translation>
    </message>
    <message>
        <source>Keep the passphrase safe. If it is lost, the backups in this archive cannot be recovered: nobody can read them without it, not even Lifeboat.</source>
        <translation>Conservez la phrase secrète en lieu sûr. Si elle est perdue, les sauvegardes de cette archive ne peuvent pas être récupérées&#xa0;: personne ne peut les lire sans elle, pas même Lifeboat.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>Type the new passphrase again</source>
        <translation>Saisissez à nouveau la nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>La même phrase secrète, une seconde fois</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::PhotoCanvas</name>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
</context>
<context>
    <name>Lifeboat::PhotoGridModel</name>
    <message>
        <source>%1, taken %2</source>
        <translation>%1, prise le %2</translation>
    </message>
</context>
<context>
    <name>Lifeboat::PhotoHead</name>
    <message>
        <source>The photo file is damaged or incomplete, so its date, size and preview cannot be read. Copy it from the handset again; if it stays like this, the file on the handset is damaged.</source>
        <translation>Le fichier photo est endommagé ou incomplet&#xa0;: sa date, sa taille et son aperçu ne peuvent pas être lus. Copiez-le à nouveau depuis le téléphone&#xa0;; s’il reste ainsi, c’est le fichier du téléphone qui est endommagé.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::PhotoMetadataReader</name>
    <message>
        <source>Lifeboat made a mistake reading a photo.</source>
        <translation>Lifeboat a commis une erreur en lisant une photo.</translation>
    </message>
    <message>
        <source>This file is not a JPEG, PNG or HEIF photo, so Lifeboat shows it without a date or preview.</source>
        <translation>Ce fichier n’est pas une photo JPEG, PNG ou HEIF&#xa0;: Lifeboat l’affiche donc sans date ni aperçu.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::PhotoViewer</name>
    <message>
        <source>Photo viewer</source>
        <translation>Visionneuse de photos</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Chargement de %1…</translation>
    </message>
    <message>
        <source>Taken %1</source>
        <translation>Prise le %1</translation>
    </message>
    <message>
        <source>Saved on the handset %1</source>
        <translation>Enregistrée sur le téléphone le %1</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pixels</translation>
    </message>
</context>
<context>
    <name>Lifeboat::PhotosView</name>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>This snapshot holds no photos.</source>
        <translation>Cet instantané ne contient aucune photo.</translation>
    </message>
    <message>
        <source>1 photo, %1. Double-click it to see it at full size.</source>
        <translation>1 photo, %1. Double-cliquez dessus pour la voir en taille réelle.</translation>
    </message>
    <message>
        <source>%1 photos, %2. Double-click a photo to see it at full size.</source>
        <translation>%1 photos, %2. Double-cliquez sur une photo pour la voir en taille réelle.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ProgressPrinter</name>
    <message>
        <source>%1 of %2 objects</source>
        <translation>%1 objets sur %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>about %1 min left</source>
        <translation>environ %1 min restantes</translation>
    </message>
    <message>
        <source>%1 s left</source>
        <translation>%1 s restantes</translation>
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
        <translation>calcul en cours…</translation>
    </message>
    <message>
        <source>a few seconds</source>
        <translation>quelques secondes</translation>
    </message>
    <message>
        <source>about %1 seconds</source>
        <translation>environ %1 secondes</translation>
    </message>
    <message>
        <source>about %1 minutes</source>
        <translation>environ %1 minutes</translation>
    </message>
    <message>
        <source>about %1 hours</source>
        <translation>environ %1 heures</translation>
    </message>
</context>
<context>
    <name>Lifeboat::PtpContainer</name>
    <message>
        <source>The handset answered in a way Lifeboat does not understand. Disconnect and reconnect it, then try again.</source>
        <translation>Le téléphone a répondu d’une façon que Lifeboat ne comprend pas. Débranchez-le, rebranchez-le, puis réessayez.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::PtpDatasets</name>
    <message>
        <source>The handset sent information Lifeboat cannot read. Disconnect and reconnect it, then try again; if this keeps happening, the handset is not supported.</source>
        <translation>Le téléphone a envoyé des informations que Lifeboat ne sait pas lire. Débranchez-le, rebranchez-le, puis réessayez&#xa0;; si cela se reproduit, ce téléphone n’est pas pris en charge.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::RecurrenceExpander</name>
    <message>
        <source>The repeat rule of &quot;%1&quot; cannot be read.</source>
        <translation>La règle de répétition de «&#xa0;%1&#xa0;» ne peut pas être lue.</translation>
    </message>
    <message>
        <source>The repeat rule of &quot;%1&quot; is too complex to show.</source>
        <translation>La règle de répétition de «&#xa0;%1&#xa0;» est trop complexe pour être affichée.</translation>
    </message>
    <message>
        <source>The repeat rule of &quot;%1&quot; cannot be used.</source>
        <translation>La règle de répétition de «&#xa0;%1&#xa0;» ne peut pas être utilisée.</translation>
    </message>
    <message>
        <source>The repeat rule of &quot;%1&quot; has too many occurrences to show.</source>
        <translation>La règle de répétition de «&#xa0;%1&#xa0;» produit trop d’occurrences pour être affichée.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::RestoreCommand</name>
    <message>
        <source>For virtual handsets: lifeboat (default) or android.</source>
        <translation>Pour les téléphones virtuels&#xa0;: lifeboat (par défaut) ou android.</translation>
    </message>
    <message>
        <source>missing (default): add only what the handset lacks; replace: also delete, in the chosen kinds, what the snapshot does not have.</source>
        <translation>missing (par défaut)&#xa0;: ajouter seulement ce qui manque au téléphone&#xa0;; replace&#xa0;: supprimer aussi, dans les types choisis, ce que l’instantané ne contient pas.</translation>
    </message>
    <message>
        <source>Only these objects (numbers from show --format json), comma-separated.</source>
        <translation>Seulement ces objets (numéros donnés par show --format json), séparés par des virgules.</translation>
    </message>
    <message>
        <source>Show the plan; change nothing.</source>
        <translation>Afficher le plan sans rien modifier.</translation>
    </message>
    <message>
        <source>Confirm replace mode&apos;s deletions.</source>
        <translation>Confirmer les suppressions du mode replace.</translation>
    </message>
    <message>
        <source>Unknown mode &quot;%1&quot;: use missing or replace.</source>
        <translation>Mode inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez missing ou replace.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an object number.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un numéro d’objet.</translation>
    </message>
    <message>
        <source>Replace mode deletes items from the handset that the snapshot does not have. Look at the plan with --dry-run, then confirm with --yes.</source>
        <translation>Le mode replace supprime du téléphone les éléments que l’instantané ne contient pas. Examinez le plan avec --dry-run, puis confirmez avec --yes.</translation>
    </message>
    <message>
        <source>Name the target handset with --device.</source>
        <translation>Indiquez le téléphone de destination avec --device.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>lifeboat-cli restore: %1</source>
        <translation>lifeboat-cli restore&#xa0;: %1</translation>
    </message>
    <message>
        <source>Plan for restoring snapshot %1 onto %2 (serial %3); nothing is changed:</source>
        <translation>Plan de restauration de l’instantané %1 sur %2 (numéro de série %3)&#xa0;; rien n’est modifié&#xa0;:</translation>
    </message>
    <message>
        <source>(replaces the handset&apos;s version)</source>
        <translation>(remplace la version du téléphone)</translation>
    </message>
    <message>
        <source>(deleted from the handset)</source>
        <translation>(supprimé du téléphone)</translation>
    </message>
    <message>
        <source>%1 to write, %2 to delete, %3 to skip (already on the handset).</source>
        <translation>%1 à écrire, %2 à supprimer, %3 à ignorer (déjà sur le téléphone).</translation>
    </message>
    <message>
        <source>Restored snapshot %1 onto %2 (serial %3); every item written was read back and matches.</source>
        <translation>L’instantané %1 a été restauré sur %2 (numéro de série %3)&#xa0;; chaque élément écrit a été relu et correspond.</translation>
    </message>
    <message>
        <source>%1 restored (%2), %3 skipped, %4 removed, %5 failed.</source>
        <translation>%1 restaurés (%2), %3 ignorés, %4 supprimés, %5 en échec.</translation>
    </message>
    <message>
        <source>Failed: %1: %2</source>
        <translation>Échec&#xa0;: %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Restore a snapshot onto a handset</source>
        <translation>Restaurer un instantané sur un téléphone</translation>
    </message>
</context>
<context>
    <name>Lifeboat::RestoreConfirmPage</name>
    <message>
        <source>Ready to restore</source>
        <translation>Prêt à restaurer</translation>
    </message>
    <message>
        <source>Keep the handset connected and unlocked until the restore has finished.</source>
        <translation>Gardez le téléphone branché et déverrouillé jusqu’à la fin de la restauration.</translation>
    </message>
    <message>
        <source>Snapshot: %1, of %2.</source>
        <translation>Instantané&#xa0;: %1, de %2.</translation>
    </message>
    <message>
        <source>Onto: %1.</source>
        <translation>Sur&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Mode: replace — items the snapshot does not have are deleted from the handset.</source>
        <translation>Mode&#xa0;: replace — les éléments absents de l’instantané sont supprimés du téléphone.</translation>
    </message>
    <message>
        <source>Mode: add what is missing — nothing on the handset is deleted.</source>
        <translation>Mode&#xa0;: ajouter ce qui manque — rien n’est supprimé du téléphone.</translation>
    </message>
    <message>
        <source>Every item written is read back from the handset and compared with the snapshot. Press Restore to begin.</source>
        <translation>Chaque élément écrit est relu depuis le téléphone et comparé à l’instantané. Cliquez sur Restaurer pour commencer.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::RestoreItemsPage</name>
    <message>
        <source>&amp;Everything of these kinds:</source>
        <translation>&amp;Tout ce qui est de ces types&#xa0;:</translation>
    </message>
    <message>
        <source>Only the &amp;items I pick:</source>
        <translation>Uniquement les &amp;éléments que je choisis&#xa0;:</translation>
    </message>
    <message>
        <source>Choose what to restore</source>
        <translation>Choisir ce qu’il faut restaurer</translation>
    </message>
    <message>
        <source>Restore whole kinds, or pick single contacts, events, to-dos and photos.</source>
        <translation>Restaurez des types entiers, ou choisissez des contacts, événements, tâches et photos un par un.</translation>
    </message>
    <message>
        <source>Restore everything of the chosen kinds</source>
        <translation>Restaurer tout ce qui est des types choisis</translation>
    </message>
    <message>
        <source>Restore only picked items</source>
        <translation>Restaurer uniquement les éléments choisis</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>Restaurer %1</translation>
    </message>
    <message>
        <source>Search the snapshot&apos;s items</source>
        <translation>Rechercher dans les éléments de l’instantané</translation>
    </message>
    <message>
        <source>Search by name or file</source>
        <translation>Rechercher par nom ou par fichier</translation>
    </message>
    <message>
        <source>Items of the snapshot</source>
        <translation>Éléments de l’instantané</translation>
    </message>
    <message>
        <source>Check &amp;Shown</source>
        <translation>&amp;Cocher les éléments affichés</translation>
    </message>
    <message>
        <source>Check every item shown</source>
        <translation>Cocher tous les éléments affichés</translation>
    </message>
    <message>
        <source>&amp;Uncheck Shown</source>
        <translation>&amp;Décocher les éléments affichés</translation>
    </message>
    <message>
        <source>Uncheck every item shown</source>
        <translation>Décocher tous les éléments affichés</translation>
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
        <translation>Le mode replace supprime du téléphone les éléments que l’instantané ne contient pas. Confirmez-le (--yes) ou examinez d’abord le plan avec --dry-run.</translation>
    </message>
    <message>
        <source>Connecting to the handset</source>
        <translation>Connexion au téléphone</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) could not be restored; see the report.</source>
        <translation>
            <numerusform>%n élément n’a pas pu être restauré&#xa0;; consultez le rapport.</numerusform>
            <numerusform>%n éléments n’ont pas pu être restaurés&#xa0;; consultez le rapport.</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>The handset is locked. Unlock it and keep it connected.</source>
        <translation>Le téléphone est verrouillé. Déverrouillez-le et laissez-le connecté.</translation>
    </message>
    <message>
        <source>This snapshot was taken of another handset (%1 %2, serial %3); it is restored onto %4 %5 (serial %6).</source>
        <translation>Cet instantané provient d’un autre téléphone (%1 %2, numéro de série %3)&#xa0;; il est restauré sur %4 %5 (numéro de série %6).</translation>
    </message>
    <message>
        <source>Listing the handset</source>
        <translation>Inventaire du téléphone</translation>
    </message>
    <message>
        <source>already on the handset</source>
        <translation>déjà sur le téléphone</translation>
    </message>
    <message>
        <source>a different version is on the handset (replace mode overwrites it)</source>
        <translation>une autre version est sur le téléphone (le mode replace l’écrase)</translation>
    </message>
    <message>
        <source>The handset has no writable storage. Unlock it and check that it is not in a read-only mode.</source>
        <translation>Le téléphone n’a aucun stockage accessible en écriture. Déverrouillez-le et vérifiez qu’il n’est pas en mode lecture seule.</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Restauration</translation>
    </message>
    <message>
        <source>The restore was cancelled.</source>
        <translation>La restauration a été annulée.</translation>
    </message>
    <message>
        <source>The handset holds different bytes than were written (%1 of %2 bytes read back). Try the restore again; if it keeps failing, the handset&apos;s storage may be faulty.</source>
        <translation>Le téléphone contient d’autres données que celles écrites (%1 octets sur %2 relus). Relancez la restauration&#xa0;; si elle échoue encore, le stockage du téléphone est peut-être défectueux.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::RestoreModePage</name>
    <message>
        <source>&amp;Add what is missing (recommended)</source>
        <translation>&amp;Ajouter ce qui manque (recommandé)</translation>
    </message>
    <message>
        <source>Re&amp;place the handset&apos;s items with the snapshot&apos;s</source>
        <translation>Rem&amp;placer les éléments du téléphone par ceux de l’instantané</translation>
    </message>
    <message>
        <source>Choose how to restore</source>
        <translation>Choisir comment restaurer</translation>
    </message>
    <message>
        <source>Nothing is changed yet: the next page shows exactly what will happen.</source>
        <translation>Rien n’est encore modifié&#xa0;: la page suivante montre exactement ce qui va se passer.</translation>
    </message>
    <message>
        <source>Add what is missing</source>
        <translation>Ajouter ce qui manque</translation>
    </message>
    <message>
        <source>Replace the handset&apos;s items</source>
        <translation>Remplacer les éléments du téléphone</translation>
    </message>
    <message>
        <source>Items the handset lacks are added. Nothing on the handset is deleted or changed; restoring twice adds nothing.</source>
        <translation>Les éléments absents du téléphone sont ajoutés. Rien n’est supprimé ni modifié sur le téléphone&#xa0;; restaurer deux fois n’ajoute rien.</translation>
    </message>
    <message>
        <source>Confirm that replace deletes items from the handset</source>
        <translation>Confirmer que replace supprime des éléments du téléphone</translation>
    </message>
    <message>
        <source>&lt;b&gt;Replace overwrites.&lt;/b&gt; Picked items that differ from the handset&apos;s version are overwritten with the snapshot&apos;s version. Nothing else on the handset is deleted.</source>
        <translation>&lt;b&gt;Replace écrase.&lt;/b&gt; Les éléments choisis qui diffèrent de la version du téléphone sont écrasés par la version de l’instantané. Rien d’autre n’est supprimé du téléphone.</translation>
    </message>
    <message>
        <source>I understand that replace &amp;overwrites items on the handset</source>
        <translation>Je comprends que replace &amp;écrase des éléments du téléphone</translation>
    </message>
    <message>
        <source>&lt;b&gt;Replace deletes.&lt;/b&gt; Of the chosen kinds (%1), everything on the handset that the snapshot does not have is deleted from the handset, and items that differ are overwritten with the snapshot&apos;s version. Other kinds are left alone.</source>
        <translation>&lt;b&gt;Replace supprime.&lt;/b&gt; Pour les types choisis (%1), tout ce qui se trouve sur le téléphone sans figurer dans l’instantané est supprimé du téléphone, et les éléments qui diffèrent sont écrasés par la version de l’instantané. Les autres types ne sont pas touchés.</translation>
    </message>
    <message>
        <source>I understand that replace &amp;deletes %1 from the handset</source>
        <translation>Je comprends que replace &amp;supprime %1 du téléphone</translation>
    </message>
</context>
<context>
    <name>Lifeboat::RestorePlanText</name>
    <message>
        <source>%1 to write</source>
        <translation>%1 à écrire</translation>
    </message>
    <message>
        <source>%1 to replace</source>
        <translation>%1 à remplacer</translation>
    </message>
    <message>
        <source>%1 to delete</source>
        <translation>%1 à supprimer</translation>
    </message>
    <message>
        <source>%1 already there</source>
        <translation>%1 déjà présents</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Écrire</translation>
    </message>
    <message>
        <source>Replace the handset&apos;s version</source>
        <translation>Remplacer la version du téléphone</translation>
    </message>
    <message>
        <source>Skip: already on the handset</source>
        <translation>Ignorer&#xa0;: déjà sur le téléphone</translation>
    </message>
    <message>
        <source>Skip: %1</source>
        <translation>Ignorer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Delete from the handset</source>
        <translation>Supprimer du téléphone</translation>
    </message>
    <message>
        <source>The handset already has everything chosen: the restore would change nothing.</source>
        <translation>Le téléphone a déjà tout ce qui a été choisi&#xa0;: la restauration ne changerait rien.</translation>
    </message>
    <message>
        <source>write 1 item</source>
        <translation>écrire 1 élément</translation>
    </message>
    <message>
        <source>write %1 items</source>
        <translation>écrire %1 éléments</translation>
    </message>
    <message>
        <source>replace 1</source>
        <translation>remplacer 1</translation>
    </message>
    <message>
        <source>replace %1</source>
        <translation>remplacer %1</translation>
    </message>
    <message>
        <source>delete %1 from the handset</source>
        <translation>supprimer %1 du téléphone</translation>
    </message>
    <message>
        <source>The restore will %1.</source>
        <translation>La restauration va %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 1 item is already on the handset and is skipped.</source>
        <translation>%1 1 élément est déjà sur le téléphone et est ignoré.</translation>
    </message>
    <message>
        <source>%1 %2 items are already on the handset and are skipped.</source>
        <translation>%1 %2 éléments sont déjà sur le téléphone et sont ignorés.</translation>
    </message>
    <message>
        <source>%1 (serial %2)</source>
        <translation>%1 (numéro de série %2)</translation>
    </message>
    <message>
        <source>another handset</source>
        <translation>un autre téléphone</translation>
    </message>
    <message>
        <source>This snapshot was taken of %1. It will be restored onto a different handset, %2: the snapshot&apos;s items are copied onto it.</source>
        <translation>Cet instantané a été pris de %1. Il sera restauré sur un autre téléphone, %2&#xa0;: les éléments de l’instantané y sont copiés.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::RestorePreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>What the restore will do, worked out from what the handset holds now.</source>
        <translation>Ce que fera la restauration, calculé d’après le contenu actuel du téléphone.</translation>
    </message>
    <message>
        <source>Working out what the restore will do</source>
        <translation>Calcul de ce que fera la restauration</translation>
    </message>
    <message>
        <source>What the restore will do, per kind</source>
        <translation>Ce que fera la restauration, par type</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Ce qui se passe</translation>
    </message>
    <message>
        <source>Reading the handset&apos;s contents to work out what the restore will do…</source>
        <translation>Lecture du contenu du téléphone pour calculer ce que fera la restauration…</translation>
    </message>
    <message>
        <source>The preview cannot start. Go back and choose a handset.</source>
        <translation>L’aperçu ne peut pas démarrer. Revenez en arrière et choisissez un téléphone.</translation>
    </message>
    <message>
        <source>The preview failed: %1</source>
        <translation>L’aperçu a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Nothing has been changed yet.</source>
        <translation>Rien n’a encore été modifié.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::RestoreProgressPage</name>
    <message>
        <source>&amp;Cancel Restore</source>
        <translation>&amp;Annuler la restauration</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Restauration</translation>
    </message>
    <message>
        <source>Keep the handset connected and unlocked.</source>
        <translation>Gardez le téléphone branché et déverrouillé.</translation>
    </message>
    <message>
        <source>Cancel the restore</source>
        <translation>Annuler la restauration</translation>
    </message>
    <message>
        <source>%1 restored</source>
        <translation>%1 restaurés</translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation>%v sur %m</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Vitesse&#xa0;:</translation>
    </message>
    <message>
        <source>Time left:</source>
        <translation>Temps restant&#xa0;:</translation>
    </message>
    <message>
        <source>Cancelling after the item in hand…</source>
        <translation>Annulation après l’élément en cours…</translation>
    </message>
    <message>
        <source>nothing to write</source>
        <translation>rien à écrire</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>The restore cannot start.</source>
        <translation>La restauration ne peut pas démarrer.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Lifeboat::RestoreReportDocument</name>
    <message>
        <source>Cannot write the report to %1. Choose a folder you can write to.</source>
        <translation>Impossible d’écrire le rapport dans %1. Choisissez un dossier dans lequel vous pouvez écrire.</translation>
    </message>
    <message>
        <source>Restore report</source>
        <translation>Rapport de restauration</translation>
    </message>
    <message>
        <source>Snapshot of %1 taken %2, from the archive &quot;%3&quot;, restored onto %4.</source>
        <translation>Instantané de %1 pris %2, de l’archive «&#xa0;%3&#xa0;», restauré sur %4.</translation>
    </message>
    <message>
        <source>This snapshot was taken of another handset; its items were copied onto this one.</source>
        <translation>Cet instantané a été pris d’un autre téléphone&#xa0;; ses éléments ont été copiés sur celui-ci.</translation>
    </message>
    <message>
        <source>Mode: replace. Items of the chosen kinds that the snapshot does not have were deleted from the handset.</source>
        <translation>Mode&#xa0;: replace. Les éléments des types choisis absents de l’instantané ont été supprimés du téléphone.</translation>
    </message>
    <message>
        <source>Mode: add missing. Nothing on the handset was deleted.</source>
        <translation>Mode&#xa0;: ajouter ce qui manque. Rien n’a été supprimé du téléphone.</translation>
    </message>
    <message>
        <source>Report created %1.</source>
        <translation>Rapport créé %1.</translation>
    </message>
    <message>
        <source>1 item could not be restored; the reason is listed below.</source>
        <translation>1 élément n’a pas pu être restauré&#xa0;; la raison est indiquée ci-dessous.</translation>
    </message>
    <message>
        <source>%1 items could not be restored; the reasons are listed below.</source>
        <translation>%1 éléments n’ont pas pu être restaurés&#xa0;; les raisons sont indiquées ci-dessous.</translation>
    </message>
    <message>
        <source>The restore did not finish: %1</source>
        <translation>La restauration ne s’est pas terminée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Every item written was read back from the handset and matches the snapshot.</source>
        <translation>Chaque élément écrit a été relu depuis le téléphone et correspond à l’instantané.</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restauré</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1&#xa0;: %2 (%3)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Cannot write the report to %1.</source>
        <translation>Impossible d’écrire le rapport dans %1.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::RestoreReportPage</name>
    <message>
        <source>Restore report</source>
        <translation>Rapport de restauration</translation>
    </message>
    <message>
        <source>Save as &amp;HTML…</source>
        <translation>Enregistrer en &amp;HTML…</translation>
    </message>
    <message>
        <source>Save the report as HTML</source>
        <translation>Enregistrer le rapport en HTML</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Enregistrer le rapport en PDF</translation>
    </message>
    <message>
        <source>Restore cancelled</source>
        <translation>Restauration annulée</translation>
    </message>
    <message>
        <source>Restore stopped</source>
        <translation>Restauration interrompue</translation>
    </message>
    <message>
        <source>Restore finished</source>
        <translation>Restauration terminée</translation>
    </message>
    <message>
        <source>The restore was cancelled. What was written before is listed below.</source>
        <translation>La restauration a été annulée. Ce qui avait déjà été écrit est indiqué ci-dessous.</translation>
    </message>
    <message>
        <source>The restore finished, but 1 item could not be restored. The reason is listed below.</source>
        <translation>La restauration est terminée, mais 1 élément n’a pas pu être restauré. La raison est indiquée ci-dessous.</translation>
    </message>
    <message>
        <source>The restore finished, but %1 items could not be restored. The reasons are listed below.</source>
        <translation>La restauration est terminée, mais %1 éléments n’ont pas pu être restaurés. Les raisons sont indiquées ci-dessous.</translation>
    </message>
    <message>
        <source>The restore stopped: %1</source>
        <translation>La restauration s’est interrompue&#xa0;: %1</translation>
    </message>
    <message>
        <source>The restore finished: 1 item restored, read back from the handset and identical to the snapshot.</source>
        <translation>La restauration est terminée&#xa0;: 1 élément restauré, relu depuis le téléphone et identique à l’instantané.</translation>
    </message>
    <message>
        <source>The restore finished: %1 items restored, each read back from the handset and identical to the snapshot.</source>
        <translation>La restauration est terminée&#xa0;: %1 éléments restaurés, chacun relu depuis le téléphone et identique à l’instantané.</translation>
    </message>
    <message>
        <source>Restore report %1.%2</source>
        <translation>Rapport de restauration %1.%2</translation>
    </message>
    <message>
        <source>Save Restore Report</source>
        <translation>Enregistrer le rapport de restauration</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Pages web (*.html)</translation>
    </message>
    <message>
        <source>Saved to %1 (readable by you only).</source>
        <translation>Enregistré dans %1 (lisible par vous seul).</translation>
    </message>
</context>
<context>
    <name>Lifeboat::RestoreSnapshotPage</name>
    <message>
        <source>Choose a snapshot</source>
        <translation>Choisir un instantané</translation>
    </message>
    <message>
        <source>The handset gets back what it held when this snapshot was taken.</source>
        <translation>Le téléphone retrouve ce qu’il contenait quand cet instantané a été pris.</translation>
    </message>
    <message>
        <source>Snapshot to restore</source>
        <translation>Instantané à restaurer</translation>
    </message>
    <message>
        <source>&amp;Snapshot:</source>
        <translation>&amp;Instantané&#xa0;:</translation>
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
        <translation>Cette archive ne contient aucun instantané à restaurer. Sauvegardez d’abord un téléphone.</translation>
    </message>
    <message>
        <source>Taken of %1 on %2. It holds %3.</source>
        <translation>Pris de %1 le %2. Il contient %3.</translation>
    </message>
    <message>
        <source>This snapshot did not finish: only what it stored can be restored.</source>
        <translation>Cet instantané ne s’est pas terminé&#xa0;: seul ce qu’il a enregistré peut être restauré.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::RestoreTargetPage</name>
    <message>
        <source>Choose the handset to restore to</source>
        <translation>Choisir le téléphone sur lequel restaurer</translation>
    </message>
    <message>
        <source>Connect the handset by USB and unlock it. It may be another handset than the one the snapshot was taken of.</source>
        <translation>Branchez le téléphone en USB et déverrouillez-le. Il peut s’agir d’un autre téléphone que celui dont l’instantané a été pris.</translation>
    </message>
    <message>
        <source>Handset to restore to</source>
        <translation>Téléphone sur lequel restaurer</translation>
    </message>
    <message>
        <source>No handset is connected. Connect one by USB, unlock it, and open this wizard again; or switch on the demo handset to try a restore.</source>
        <translation>Aucun téléphone n’est branché. Branchez-en un en USB, déverrouillez-le et rouvrez cet assistant&#xa0;; ou activez le téléphone de démonstration pour essayer une restauration.</translation>
    </message>
    <message>
        <source>The snapshot was taken of %1. The next page but one shows, before anything is written, whether the chosen handset is another one.</source>
        <translation>L’instantané a été pris de %1. La page après la suivante indique, avant toute écriture, si le téléphone choisi est un autre téléphone.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::RestoreTask</name>
    <message>
        <source>The restore was cancelled.</source>
        <translation>La restauration a été annulée.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::RestoreWizard</name>
    <message>
        <source>Restore to Handset</source>
        <translation>Restaurer sur le téléphone</translation>
    </message>
    <message>
        <source>Restore to handset</source>
        <translation>Restaurer sur le téléphone</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>%1 (serial %2)</source>
        <translation>%1 (numéro de série %2)</translation>
    </message>
    <message>
        <source>an unknown handset</source>
        <translation>un téléphone inconnu</translation>
    </message>
</context>
<context>
    <name>Lifeboat::SaveCopyFlow</name>
    <message>
        <source> (copy)</source>
        <translation> (copie)</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>Lifeboat archives (*.lifeboat);;All files (*)</source>
        <translation>Archives Lifeboat (*.lifeboat);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Saving a copy of the archive…</source>
        <translation>Enregistrement d’une copie de l’archive…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Saved a copy as %1.</source>
        <translation>Copie enregistrée sous %1.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::Schema</name>
    <message>
        <source>The archive %1 was written by an older Lifeboat. Open it once for writing so that it can be upgraded.</source>
        <translation>L’archive %1 a été écrite par une version plus ancienne de Lifeboat. Ouvrez-la une fois en écriture pour qu’elle puisse être mise à jour.</translation>
    </message>
    <message>
        <source>The archive %1 is damaged and cannot be opened safely. Use a backup copy of the file if you have one.</source>
        <translation>L’archive %1 est endommagée et ne peut pas être ouverte sans risque. Utilisez une copie de secours du fichier si vous en avez une.</translation>
    </message>
    <message>
        <source>%1 is not a Lifeboat archive (it is not an SQLite database).</source>
        <translation>%1 n’est pas une archive Lifeboat (ce n’est pas une base de données SQLite).</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Lifeboat archive.</source>
        <translation>%1 est une base de données SQLite, mais pas une archive Lifeboat.</translation>
    </message>
    <message>
        <source>The archive %1 was written by a newer version of Lifeboat (archive format %2, this version reads up to %3). Update Lifeboat to open it.</source>
        <translation>L’archive %1 a été écrite par une version plus récente de Lifeboat (format d’archive %2, cette version lit jusqu’au format %3). Mettez Lifeboat à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>%1 is not a complete Lifeboat archive.</source>
        <translation>%1 n’est pas une archive Lifeboat complète.</translation>
    </message>
    <message>
        <source>No upgrade path for this archive version.</source>
        <translation>Aucune mise à jour n’est possible pour cette version d’archive.</translation>
    </message>
    <message>
        <source>%1 does not have the structure of a Lifeboat archive; it may have been changed by another program. It was not opened.</source>
        <translation>%1 n’a pas la structure d’une archive Lifeboat&#xa0;; elle a peut-être été modifiée par un autre programme. Elle n’a pas été ouverte.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ScreenshotTour</name>
    <message>
        <source>Demo handset</source>
        <translation>Téléphone de démonstration</translation>
    </message>
    <message>
        <source>Copying photos</source>
        <translation>Copie des photos</translation>
    </message>
    <message>
        <source>New Pixel 8</source>
        <translation>Nouveau Pixel 8</translation>
    </message>
</context>
<context>
    <name>Lifeboat::SealedIndex</name>
    <message>
        <source>No photo is indexed for object %1.</source>
        <translation>Aucune photo n’est indexée pour l’objet %1.</translation>
    </message>
    <message>
        <source>The thumbnail of object %1 in the archive %2 is damaged. Run a verify.</source>
        <translation>La miniature de l’objet %1 dans l’archive %2 est endommagée. Lancez une vérification.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::SearchView</name>
    <message>
        <source>Search this snapshot</source>
        <translation>Rechercher dans cet instantané</translation>
    </message>
    <message>
        <source>Search contacts, events, to-dos and photos (Ctrl+F)</source>
        <translation>Rechercher des contacts, événements, tâches et photos (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Résultats de la recherche</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <source>Type a name, number, place or word. Press Enter on a result to show it.</source>
        <translation>Saisissez un nom, un numéro, un lieu ou un mot. Appuyez sur Entrée sur un résultat pour l’afficher.</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>La recherche a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>Nothing found. Try fewer or shorter words.</source>
        <translation>Aucun résultat. Essayez avec moins de mots ou des mots plus courts.</translation>
    </message>
    <message>
        <source>1 result. Press Enter or double-click to show it.</source>
        <translation>1 résultat. Appuyez sur Entrée ou double-cliquez pour l’afficher.</translation>
    </message>
    <message>
        <source>%1 results. Press Enter or double-click to show one.</source>
        <translation>%1 résultats. Appuyez sur Entrée ou double-cliquez pour en afficher un.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::SettingsDialog</name>
    <message>
        <source>Back up &amp;automatically when a known handset is connected</source>
        <translation>Sauvegarder &amp;automatiquement quand un téléphone connu est branché</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Library folder</source>
        <translation>Dossier de la bibliothèque</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <source>Choose the library folder</source>
        <translation>Choisir le dossier de la bibliothèque</translation>
    </message>
    <message>
        <source>Back up automatically</source>
        <translation>Sauvegarder automatiquement</translation>
    </message>
    <message>
        <source>Only handsets already backed up into this library are backed up by themselves.</source>
        <translation>Seuls les téléphones déjà sauvegardés dans cette bibliothèque sont sauvegardés d’eux-mêmes.</translation>
    </message>
    <message>
        <source>Photo folders</source>
        <translation>Dossiers de photos</translation>
    </message>
    <message>
        <source>New photo folder</source>
        <translation>Nouveau dossier de photos</translation>
    </message>
    <message>
        <source>A folder on the handset, such as WhatsApp/Media</source>
        <translation>Un dossier du téléphone, par exemple WhatsApp/Media</translation>
    </message>
    <message>
        <source>Add the photo folder</source>
        <translation>Ajouter le dossier de photos</translation>
    </message>
    <message>
        <source>Remove the selected photo folder</source>
        <translation>Retirer le dossier de photos sélectionné</translation>
    </message>
    <message>
        <source>Re&amp;set</source>
        <translation>Réinitiali&amp;ser</translation>
    </message>
    <message>
        <source>Use the standard photo folders</source>
        <translation>Utiliser les dossiers de photos standard</translation>
    </message>
    <message>
        <source>Photos and videos are copied from these folders of the handset and the folders inside them.</source>
        <translation>Les photos et vidéos sont copiées depuis ces dossiers du téléphone et les dossiers qu’ils contiennent.</translation>
    </message>
    <message>
        <source>&amp;Library folder:</source>
        <translation>Dossier de la &amp;bibliothèque&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Photo folders:</source>
        <translation>Dossiers de &amp;photos&#xa0;:</translation>
    </message>
    <message>
        <source>Library Folder</source>
        <translation>Dossier de la bibliothèque</translation>
    </message>
    <message>
        <source>&amp;Encrypt new archives with a passphrase</source>
        <translation>&amp;Chiffrer les nouvelles archives avec une phrase secrète</translation>
    </message>
    <message>
        <source>Encrypt new archives</source>
        <translation>Chiffrer les nouvelles archives</translation>
    </message>
    <message>
        <source>A handset&apos;s first backup asks for a passphrase and encrypts its archive with it. A lost passphrase cannot be recovered.</source>
        <translation>La première sauvegarde d’un téléphone demande une phrase secrète et chiffre son archive avec elle. Une phrase secrète perdue ne peut pas être récupérée.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::ShowCommand</name>
    <message>
        <source>Only this kind: contacts, events, todos or photos.</source>
        <translation>Seulement ce type&#xa0;: contacts, events, todos ou photos.</translation>
    </message>
    <message>
        <source>Only items matching TEXT, across all kinds.</source>
        <translation>Seulement les éléments correspondant à TEXT, tous types confondus.</translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;: use contacts, events, todos or photos.</source>
        <translation>Type inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez contacts, events, todos ou photos.</translation>
    </message>
    <message>
        <source>Nothing in snapshot %1 matches &quot;%2&quot;.</source>
        <translation>Rien dans l’instantané %1 ne correspond à «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Show the contacts, events, to-dos or photos of a snapshot</source>
        <translation>Afficher les contacts, événements, tâches ou photos d’un instantané</translation>
    </message>
</context>
<context>
    <name>Lifeboat::SnapshotItems</name>
    <message>
        <source>%1 and %2 more</source>
        <translation>%1 et %2 de plus</translation>
    </message>
</context>
<context>
    <name>Lifeboat::SnapshotStore</name>
    <message>
        <source>A handset without a serial number cannot be recorded.</source>
        <translation>Un téléphone sans numéro de série ne peut pas être enregistré.</translation>
    </message>
    <message>
        <source>Snapshot %1 is already finished.</source>
        <translation>L’instantané %1 est déjà terminé.</translation>
    </message>
    <message numerus="yes">
        <source>The snapshot cannot be completed: the content of %n object(s) is not stored, for example %1.</source>
        <translation>
            <numerusform>Impossible de terminer l’instantané&#xa0;: le contenu de %n objet n’est pas enregistré, par exemple %1.</numerusform>
            <numerusform>Impossible de terminer l’instantané&#xa0;: le contenu de %n objets n’est pas enregistré, par exemple %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>A snapshot cannot be finished as running.</source>
        <translation>Un instantané ne peut pas être terminé dans l’état «&#xa0;en cours&#xa0;».</translation>
    </message>
    <message>
        <source>The archive has no snapshot %1.</source>
        <translation>L’archive n’a pas d’instantané %1.</translation>
    </message>
    <message>
        <source>Objects can only be added to a running snapshot (snapshot %1).</source>
        <translation>Des objets ne peuvent être ajoutés qu’à un instantané en cours (instantané %1).</translation>
    </message>
    <message>
        <source>The archive has no object %1.</source>
        <translation>L’archive n’a pas d’objet %1.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::SnapshotText</name>
    <message>
        <source>Snapshot %1</source>
        <translation>Instantané %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>In progress or interrupted</source>
        <translation>En cours ou interrompu</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Complet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation>1 contact</translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation>%1 contacts</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 événement</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 événements</translation>
    </message>
    <message>
        <source>1 to-do</source>
        <translation>1 tâche</translation>
    </message>
    <message>
        <source>%1 to-dos</source>
        <translation>%1 tâches</translation>
    </message>
    <message>
        <source>1 photo</source>
        <translation>1 photo</translation>
    </message>
    <message>
        <source>%1 photos</source>
        <translation>%1 photos</translation>
    </message>
</context>
<context>
    <name>Lifeboat::SnapshotView</name>
    <message>
        <source>Snapshot content</source>
        <translation>Contenu de l’instantané</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Contacts</translation>
    </message>
    <message>
        <source>C&amp;alendar</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <source>&amp;To-dos</source>
        <translation>&amp;Tâches</translation>
    </message>
    <message>
        <source>&amp;Photos</source>
        <translation>&amp;Photos</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Recherche</translation>
    </message>
    <message>
        <source>&amp;What changed</source>
        <translation>&amp;Modifications</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 · %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2 · %3</translation>
    </message>
    <message>
        <source>This backup did not finish: it holds only what was stored before it stopped. Choose a complete snapshot to see everything.</source>
        <translation>Cette sauvegarde ne s’est pas terminée&#xa0;: elle ne contient que ce qui a été enregistré avant son arrêt. Choisissez un instantané complet pour tout voir.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::SnapshotsCommand</name>
    <message>
        <source>No snapshots yet. Back up a handset with lifeboat-cli backup.</source>
        <translation>Aucun instantané pour l’instant. Sauvegardez un téléphone avec lifeboat-cli backup.</translation>
    </message>
    <message>
        <source>List the snapshots in an archive</source>
        <translation>Lister les instantanés d’une archive</translation>
    </message>
    <message>
        <source>running</source>
        <comment>snapshot state</comment>
        <translation>en cours</translation>
    </message>
    <message>
        <source>complete</source>
        <comment>snapshot state</comment>
        <translation>complet</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>snapshot state</comment>
        <translation>échec</translation>
    </message>
    <message>
        <source>cancelled</source>
        <comment>snapshot state</comment>
        <translation>annulé</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Pris le</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>To-dos</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
</context>
<context>
    <name>Lifeboat::TerminalPrompt</name>
    <message>
        <source>The passphrase could not be read (%1).</source>
        <translation>La phrase secrète n’a pas pu être lue (%1).</translation>
    </message>
    <message>
        <source>The passphrase is longer than %1 bytes.</source>
        <translation>La phrase secrète dépasse %1 octets.</translation>
    </message>
    <message>
        <source>There is no terminal to ask for the passphrase on.</source>
        <translation type="vanished">Aucun terminal n’est disponible pour demander la phrase secrète.</translation>
    </message>
    <message>
        <source>The terminal&apos;s echo cannot be switched off.</source>
        <translation>L’écho du terminal ne peut pas être désactivé.</translation>
    </message>
    <message>
        <source>There is no terminal to ask for the passphrase on: give it with --passphrase-fd or in LIFEBOAT_PASSPHRASE.</source>
        <translation>Aucun terminal n’est disponible pour demander la phrase secrète&#xa0;: indiquez-la avec --passphrase-fd ou dans LIFEBOAT_PASSPHRASE.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::TodoListModel</name>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>Needs action</source>
        <translation>Action requise</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>High (%1)</source>
        <translation>Haute (%1)</translation>
    </message>
    <message>
        <source>Medium (%1)</source>
        <translation>Moyenne (%1)</translation>
    </message>
    <message>
        <source>Low (%1)</source>
        <translation>Basse (%1)</translation>
    </message>
    <message>
        <source>(no summary)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>To-do</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorité</translation>
    </message>
</context>
<context>
    <name>Lifeboat::TodosView</name>
    <message>
        <source>To-dos</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>This snapshot holds no to-dos.</source>
        <translation>Cet instantané ne contient aucune tâche.</translation>
    </message>
    <message>
        <source>Select a to-do to see its description.</source>
        <translation>Sélectionnez une tâche pour voir sa description.</translation>
    </message>
    <message>
        <source>No description.</source>
        <translation>Aucune description.</translation>
    </message>
    <message>
        <source>%1
Completed %2</source>
        <translation>%1
Terminée le %2</translation>
    </message>
</context>
<context>
    <name>Lifeboat::UmockdevServer</name>
    <message>
        <source>The virtual USB device could not be created.</source>
        <translation>Le périphérique USB virtuel n’a pas pu être créé.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::UsbContext</name>
    <message>
        <source>USB is not available on this computer.</source>
        <translation>L’USB n’est pas disponible sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::UsbError</name>
    <message>
        <source>Another program is using the handset — usually the desktop&apos;s file manager (gvfs-mtp on GNOME, kio-mtp on KDE). Close it or eject the phone there, then try again.</source>
        <translation>Un autre programme utilise le téléphone, en général le gestionnaire de fichiers du bureau (gvfs-mtp sous GNOME, kio-mtp sous KDE). Fermez-le ou éjectez-y le téléphone, puis réessayez.</translation>
    </message>
    <message>
        <source>Lifeboat is not allowed to use the handset %1. Install Lifeboat&apos;s udev rule (or add your user to the group that owns USB devices), then unplug the handset and plug it in again.</source>
        <translation>Lifeboat n’a pas le droit d’utiliser le téléphone %1. Installez la règle udev de Lifeboat (ou ajoutez votre utilisateur au groupe propriétaire des périphériques USB), puis débranchez et rebranchez le téléphone.</translation>
    </message>
    <message>
        <source>The handset stopped answering. Unplug it, plug it in again and retry.</source>
        <translation>Le téléphone ne répond plus. Débranchez-le, rebranchez-le et réessayez.</translation>
    </message>
    <message>
        <source>Out of memory while talking to the handset.</source>
        <translation>Mémoire insuffisante pour communiquer avec le téléphone.</translation>
    </message>
    <message>
        <source>This computer&apos;s USB system cannot do what the handset needs.</source>
        <translation>Le système USB de cet ordinateur ne sait pas faire ce dont le téléphone a besoin.</translation>
    </message>
    <message>
        <source>Talking to the handset failed. Unplug it, plug it in again and retry.</source>
        <translation>La communication avec le téléphone a échoué. Débranchez-le, rebranchez-le et réessayez.</translation>
    </message>
    <message>
        <source>The handset refused the transfer. Unplug it, plug it in again and retry.</source>
        <translation>Le téléphone a refusé le transfert. Débranchez-le, rebranchez-le et réessayez.</translation>
    </message>
    <message>
        <source>The handset sent more data than expected. Unplug it, plug it in again and retry.</source>
        <translation>Le téléphone a envoyé plus de données que prévu. Débranchez-le, rebranchez-le et réessayez.</translation>
    </message>
    <message>
        <source>A USB transfer to the handset failed. Check the cable, unplug the handset, plug it in again and retry.</source>
        <translation>Un transfert USB vers le téléphone a échoué. Vérifiez le câble, débranchez et rebranchez le téléphone, puis réessayez.</translation>
    </message>
    <message>
        <source>The handset stopped answering. Unlock it, keep it connected and retry.</source>
        <translation>Le téléphone ne répond plus. Déverrouillez-le, laissez-le connecté et réessayez.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The handset was disconnected. Plug it in again and keep it connected until Lifeboat has finished.</source>
        <translation>Le téléphone a été débranché. Rebranchez-le et laissez-le connecté jusqu’à ce que Lifeboat ait terminé.</translation>
    </message>
    <message>
        <source>The handset does not offer file transfer (MTP). On the phone, choose &quot;File transfer&quot; in the USB notification.</source>
        <translation>Le téléphone ne propose pas le transfert de fichiers (MTP). Sur le téléphone, choisissez «&#xa0;Transfert de fichiers&#xa0;» dans la notification USB.</translation>
    </message>
    <message>
        <source>Internal error: empty read buffer.</source>
        <translation>Erreur interne&#xa0;: tampon de lecture vide.</translation>
    </message>
    <message>
        <source>The handset accepted only part of the data. Unplug it, plug it in again and retry.</source>
        <translation>Le téléphone n’a accepté qu’une partie des données. Débranchez-le, rebranchez-le et réessayez.</translation>
    </message>
    <message>
        <source>Internal error: control data too long.</source>
        <translation>Erreur interne&#xa0;: données de contrôle trop longues.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::VCalendarConverter</name>
    <message>
        <source>The file holds no vCalendar entries (no BEGIN:VCALENDAR).</source>
        <translation>Le fichier ne contient aucune entrée vCalendar (pas de BEGIN:VCALENDAR).</translation>
    </message>
</context>
<context>
    <name>Lifeboat::VCardContactBuilder</name>
    <message>
        <source>Line %1: malformed parameters of %2 were left out.</source>
        <translation>Ligne %1&#xa0;: les paramètres mal formés de %2 ont été ignorés.</translation>
    </message>
    <message>
        <source>Line %1: a damaged %2 line was skipped.</source>
        <translation>Ligne %1&#xa0;: une ligne %2 endommagée a été ignorée.</translation>
    </message>
    <message>
        <source>Line %1: the photo&apos;s data URI has no data and was skipped.</source>
        <translation>Ligne %1&#xa0;: l’URI de données de la photo ne contient aucune donnée et a été ignorée.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::VCardLexer</name>
    <message>
        <source>Line %1 of the vCard data is longer than %2 bytes. The file is damaged or not a contact file.</source>
        <translation>La ligne %1 des données vCard dépasse %2 octets. Le fichier est endommagé ou n’est pas un fichier de contacts.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::VCardReader</name>
    <message>
        <source>The card that starts on line %1 has no END:VCARD; it was kept as far as it goes.</source>
        <translation>La fiche qui commence à la ligne %1 n’a pas de END:VCARD&#xa0;; elle a été conservée jusqu’où elle va.</translation>
    </message>
    <message>
        <source>The data contains no contact card (no BEGIN:VCARD line). Check that it is a vCard file.</source>
        <translation>Les données ne contiennent aucune fiche de contact (pas de ligne BEGIN:VCARD). Vérifiez qu’il s’agit d’un fichier vCard.</translation>
    </message>
    <message>
        <source>The card that starts on line %1 is larger than %2 bytes (at line %3). The file is damaged or not a contact file.</source>
        <translation>La fiche qui commence à la ligne %1 dépasse %2 octets (à la ligne %3). Le fichier est endommagé ou n’est pas un fichier de contacts.</translation>
    </message>
    <message>
        <source>The card that starts on line %1 has more than %2 properties (at line %3). The file is damaged or not a contact file.</source>
        <translation>La fiche qui commence à la ligne %1 a plus de %2 propriétés (à la ligne %3). Le fichier est endommagé ou n’est pas un fichier de contacts.</translation>
    </message>
    <message>
        <source>Line %1 opens a card nested more than %2 deep. The file is damaged or not a contact file.</source>
        <translation>La ligne %1 ouvre une fiche imbriquée sur plus de %2 niveaux. Le fichier est endommagé ou n’est pas un fichier de contacts.</translation>
    </message>
    <message>
        <source>The data holds more than %1 cards (line %2). Split the file or check that it is a contact file.</source>
        <translation>Les données contiennent plus de %1 fiches (ligne %2). Scindez le fichier ou vérifiez qu’il s’agit d’un fichier de contacts.</translation>
    </message>
    <message>
        <source>The card that starts on line %1 is empty and was skipped.</source>
        <translation>La fiche qui commence à la ligne %1 est vide et a été ignorée.</translation>
    </message>
    <message>
        <source>Line %1 is not a vCard property and was skipped.</source>
        <translation>La ligne %1 n’est pas une propriété vCard et a été ignorée.</translation>
    </message>
    <message>
        <source>Line %1 ends a card that was never begun and was ignored.</source>
        <translation>La ligne %1 termine une fiche qui n’a jamais commencé et a été ignorée.</translation>
    </message>
    <message>
        <source>Line %1 is outside any card and was ignored.</source>
        <translation>La ligne %1 est en dehors de toute fiche et a été ignorée.</translation>
    </message>
    <message>
        <source>The contact data is %1 bytes, more than the %2 bytes Lifeboat reads at once. Split the file or check that it is a contact file.</source>
        <translation>Les données de contact font %1 octets, plus que les %2 octets que Lifeboat lit en une fois. Scindez le fichier ou vérifiez qu’il s’agit d’un fichier de contacts.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::VCardValueDecoder</name>
    <message>
        <source>Line %1: the quoted-printable value of %2 is damaged; the damaged characters were kept as written.</source>
        <translation>Ligne %1&#xa0;: la valeur quoted-printable de %2 est endommagée&#xa0;; les caractères endommagés ont été conservés tels quels.</translation>
    </message>
    <message>
        <source>Line %1: the character set &quot;%2&quot; is unknown; the value was read as UTF-8.</source>
        <translation>Ligne %1&#xa0;: le jeu de caractères «&#xa0;%2&#xa0;» est inconnu&#xa0;; la valeur a été lue en UTF-8.</translation>
    </message>
    <message>
        <source>The picture on line %1 of the vCard data is larger than %2 bytes. The file is damaged or not a contact file.</source>
        <translation>L’image de la ligne %1 des données vCard dépasse %2 octets. Le fichier est endommagé ou n’est pas un fichier de contacts.</translation>
    </message>
    <message>
        <source>Line %1: the base64 data is damaged and was skipped.</source>
        <translation>Ligne %1&#xa0;: les données base64 sont endommagées et ont été ignorées.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::VCardWarnings</name>
    <message numerus="yes">
        <source>%n further problem(s) were not listed.</source>
        <translation>
            <numerusform>%n autre problème n’a pas été listé.</numerusform>
            <numerusform>%n autres problèmes n’ont pas été listés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lifeboat::VerifyCommand</name>
    <message>
        <source>The archive is intact: SQLite&apos;s checks pass, and %1 stored objects in %2 chunks were read back and match their hashes.</source>
        <translation>L’archive est intacte&#xa0;: les contrôles de SQLite réussissent, et %1 objets enregistrés en %2 blocs ont été relus et correspondent à leurs empreintes.</translation>
    </message>
    <message>
        <source>The archive is damaged.</source>
        <translation>L’archive est endommagée.</translation>
    </message>
    <message>
        <source>Affected snapshots: %1</source>
        <translation type="vanished">Instantanés concernés&#xa0;: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation type="vanished">aucun</translation>
    </message>
    <message>
        <source>Other snapshots are unaffected and can be restored. Back up the handset again to store fresh copies of the damaged items.</source>
        <translation>Les autres instantanés ne sont pas concernés et peuvent être restaurés. Sauvegardez à nouveau le téléphone pour enregistrer des copies intactes des éléments endommagés.</translation>
    </message>
    <message>
        <source>lifeboat-cli verify: the archive is damaged.</source>
        <translation>lifeboat-cli verify&#xa0;: l’archive est endommagée.</translation>
    </message>
    <message>
        <source>Check an archive for damage</source>
        <translation>Vérifier qu’une archive n’est pas endommagée</translation>
    </message>
    <message>
        <source>No snapshot lists a damaged item.</source>
        <translation>Aucun instantané ne contient d’élément endommagé.</translation>
    </message>
    <message numerus="yes">
        <source>Snapshot %1 (%2): %n damaged item(s):</source>
        <translation>
            <numerusform>Instantané %1 (%2)&#xa0;: %n élément endommagé&#xa0;:</numerusform>
            <numerusform>Instantané %1 (%2)&#xa0;: %n éléments endommagés&#xa0;:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lifeboat::VerifyDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Verify %1</source>
        <translation>Vérifier %1</translation>
    </message>
    <message>
        <source>Verify archive</source>
        <translation>Vérifier l’archive</translation>
    </message>
    <message>
        <source>Verification progress</source>
        <translation>Progression de la vérification</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>Résultat de la vérification</translation>
    </message>
    <message>
        <source>Cancel the verification</source>
        <translation>Annuler la vérification</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Reading every stored item back and checking it against its fingerprint…</source>
        <translation>Relecture de chaque élément stocké et contrôle de son empreinte…</translation>
    </message>
    <message>
        <source>Verification did not run.</source>
        <translation>La vérification n’a pas été lancée.</translation>
    </message>
    <message>
        <source>Verification was cancelled.</source>
        <translation>La vérification a été annulée.</translation>
    </message>
    <message>
        <source>Verification could not finish.</source>
        <translation>La vérification n’a pas pu se terminer.</translation>
    </message>
    <message>
        <source>Nothing wrong was found in the part that was checked. Verify again to check the whole archive.</source>
        <translation>Aucun problème n’a été trouvé dans la partie vérifiée. Vérifiez à nouveau pour contrôler toute l’archive.</translation>
    </message>
    <message>
        <source>The archive is fine.</source>
        <translation>L’archive est intacte.</translation>
    </message>
    <message>
        <source>Every snapshot can be restored: %1 stored items (%2) were read back and match their fingerprints, and the archive&apos;s database passes its own checks.</source>
        <translation>Chaque instantané peut être restauré&#xa0;: %1 éléments stockés (%2) ont été relus et correspondent à leurs empreintes, et la base de données de l’archive passe ses propres contrôles.</translation>
    </message>
    <message>
        <source>The archive is damaged.</source>
        <translation>L’archive est endommagée.</translation>
    </message>
    <message>
        <source>snapshot %1</source>
        <translation>instantané %1</translation>
    </message>
    <message>
        <source>Damaged snapshots: %1.</source>
        <translation>Instantanés endommagés&#xa0;: %1.</translation>
    </message>
    <message>
        <source>These stored items no longer match what was backed up and cannot be restored from this archive:</source>
        <translation>Ces éléments stockés ne correspondent plus à ce qui a été sauvegardé et ne peuvent pas être restaurés depuis cette archive&#xa0;:</translation>
    </message>
    <message>
        <source>What still restores: every other item of the damaged snapshots.</source>
        <translation>Ce qui peut encore être restauré&#xa0;: tous les autres éléments des instantanés endommagés.</translation>
    </message>
    <message>
        <source>What still restores: the snapshots %1 completely, and every other item of the damaged snapshots.</source>
        <translation>Ce qui peut encore être restauré&#xa0;: les instantanés %1 en entier, et tous les autres éléments des instantanés endommagés.</translation>
    </message>
    <message>
        <source>Back up the handset again to store fresh copies of the damaged items, and keep a copy of the archive on another disk.</source>
        <translation>Sauvegardez à nouveau le téléphone pour stocker de nouvelles copies des éléments endommagés, et gardez une copie de l’archive sur un autre disque.</translation>
    </message>
    <message>
        <source>Technical details:</source>
        <translation>Détails techniques&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Lifeboat::VerifyJob</name>
    <message>
        <source>Checking the archive</source>
        <translation>Vérification de l’archive</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>La vérification a été annulée.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::VerifyTask</name>
    <message>
        <source>Verification was cancelled.</source>
        <translation>La vérification a été annulée.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::VirtualHandsetFactory</name>
    <message>
        <source>The virtual handset cannot be set up that way.</source>
        <translation>Le téléphone virtuel ne peut pas être configuré ainsi.</translation>
    </message>
</context>
<context>
    <name>Lifeboat::VirtualHandsetServe</name>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 demande une valeur.</translation>
    </message>
    <message>
        <source>%1 needs a number, not &quot;%2&quot;.</source>
        <translation>%1 demande un nombre, pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Usage: lifeboat-virtual-handset serve [--root DIR | --demo] [--profile lifeboat|android|echo] [--serial S] [--max-packet 64|512|1024]
         [--locked-ms N] [--busy] [--unplug-after-bytes N] [--stall-in-after-bytes N] [--no-zlp] [--header-own-packet]
         [--plug-after MS] [--unplug-after MS] -- COMMAND [ARGS...]

Serves a virtual handset as a USB device (umockdev) and runs COMMAND with
LD_PRELOAD=libumockdev-preload.so.0 and UMOCKDEV_DIR set, so that COMMAND&apos;s libusb
sees the handset. Exits with COMMAND&apos;s status; 2 for usage errors, 125 when the
handset cannot be served, 127 when COMMAND cannot be started, 128 when it crashed.</source>
        <translation>Utilisation&#xa0;: lifeboat-virtual-handset serve [--root DIR | --demo] [--profile lifeboat|android|echo] [--serial S] [--max-packet 64|512|1024]
         [--locked-ms N] [--busy] [--unplug-after-bytes N] [--stall-in-after-bytes N] [--no-zlp] [--header-own-packet]
         [--plug-after MS] [--unplug-after MS] -- COMMAND [ARGS...]

Sert un téléphone virtuel comme périphérique USB (umockdev) et lance COMMAND avec
LD_PRELOAD=libumockdev-preload.so.0 et UMOCKDEV_DIR définis, pour que la libusb de
COMMAND voie le téléphone. Se termine avec le code de sortie de COMMAND&#xa0;; 2 en cas d’erreur
d’utilisation, 125 si le téléphone ne peut pas être servi, 127 si COMMAND ne peut pas être
lancé, 128 s’il a planté.</translation>
    </message>
    <message>
        <source>Unknown profile &quot;%1&quot;: use lifeboat, android or echo.</source>
        <translation>Profil inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez lifeboat, android ou echo.</translation>
    </message>
    <message>
        <source>--max-packet must be 64, 512 or 1024.</source>
        <translation>--max-packet doit valoir 64, 512 ou 1024.</translation>
    </message>
    <message>
        <source>Unknown or incomplete option &quot;%1&quot;.</source>
        <translation>Option inconnue ou incomplète «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Nothing to run: give the command after &quot;--&quot;.</source>
        <translation>Rien à exécuter&#xa0;: indiquez la commande après «&#xa0;--&#xa0;».</translation>
    </message>
    <message>
        <source>Cannot create the virtual handset: %1</source>
        <translation>Impossible de créer le téléphone virtuel&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 was ended by a signal or crashed.</source>
        <translation>%1 a été arrêté par un signal ou a planté.</translation>
    </message>
    <message>
        <source>Cannot run %1: %2</source>
        <translation>Impossible d’exécuter %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot plug the virtual handset in: %1</source>
        <translation>Impossible de brancher le téléphone virtuel&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Lifeboat::VirtualStorage</name>
    <message>
        <source>The virtual handset has no storage.</source>
        <translation>Le téléphone virtuel n’a pas de stockage.</translation>
    </message>
    <message>
        <source>%1 does not exist on the virtual handset.</source>
        <translation>%1 n’existe pas sur le téléphone virtuel.</translation>
    </message>
    <message>
        <source>The virtual handset could not store the object.</source>
        <translation>Le téléphone virtuel n’a pas pu enregistrer l’objet.</translation>
    </message>
    <message>
        <source>The virtual handset is full.</source>
        <translation>Le téléphone virtuel est plein.</translation>
    </message>
    <message>
        <source>The folder %1 for the virtual handset does not exist.</source>
        <translation>Le dossier %1 du téléphone virtuel n’existe pas.</translation>
    </message>
    <message>
        <source>The folder for the virtual handset is nested too deeply.</source>
        <translation>Le dossier du téléphone virtuel est imbriqué trop profondément.</translation>
    </message>
    <message>
        <source>The name %1 cannot be used on the handset.</source>
        <translation>Le nom %1 ne peut pas être utilisé sur le téléphone.</translation>
    </message>
    <message>
        <source>The folder for the new object does not exist.</source>
        <translation>Le dossier du nouvel objet n’existe pas.</translation>
    </message>
    <message>
        <source>An object named %1 exists already.</source>
        <translation>Un objet nommé %1 existe déjà.</translation>
    </message>
    <message>
        <source>The object to delete does not exist.</source>
        <translation>L’objet à supprimer n’existe pas.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Back up and restore a handset&apos;s contacts, calendar, to-dos and photos.</source>
        <translation>Sauvegarder et restaurer les contacts, l’agenda, les tâches et les photos d’un téléphone.</translation>
    </message>
    <message>
        <source>Archives to open.</source>
        <translation>Archives à ouvrir.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
</context>
</TS>
