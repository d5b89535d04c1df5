#include "app/Settings.h"

#include "app/Library.h"

#include <QSettings>

namespace Lifeboat {

namespace {
const QString LibraryFolderKey = QStringLiteral("library/folder");
const QString AutomaticBackupKey = QStringLiteral("backup/automatic");
const QString EncryptNewArchivesKey = QStringLiteral("backup/encryptNewArchives");
const QString PhotoFoldersKey = QStringLiteral("backup/photoFolders");
const QString DemoHandsetKey = QStringLiteral("handsets/demo");
} // namespace

Settings::Settings(const QString &iniFile)
    : m_settings(iniFile.isEmpty() ? std::make_unique<QSettings>()
                                   : std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
}

Settings::~Settings() = default;

QString Settings::libraryFolder() const
{
    return m_settings->value(LibraryFolderKey).toString();
}

QString Settings::effectiveLibraryFolder() const
{
    const QString chosen = libraryFolder();
    return chosen.isEmpty() ? Library::defaultFolder() : chosen;
}

void Settings::setLibraryFolder(const QString &folder)
{
    if (folder.trimmed().isEmpty())
        m_settings->remove(LibraryFolderKey);
    else
        m_settings->setValue(LibraryFolderKey, folder.trimmed());
}

bool Settings::automaticBackup() const
{
    return m_settings->value(AutomaticBackupKey, false).toBool();
}

void Settings::setAutomaticBackup(bool on)
{
    m_settings->setValue(AutomaticBackupKey, on);
}

bool Settings::encryptNewArchives() const
{
    return m_settings->value(EncryptNewArchivesKey, false).toBool();
}

void Settings::setEncryptNewArchives(bool on)
{
    m_settings->setValue(EncryptNewArchivesKey, on);
}

QStringList Settings::defaultPhotoFolders()
{
    return BackupOptions().photoFolders;
}

QStringList Settings::photoFolders() const
{
    if (!m_settings->contains(PhotoFoldersKey))
        return defaultPhotoFolders();
    QStringList folders;
    const QStringList stored = m_settings->value(PhotoFoldersKey).toStringList();
    for (const QString &folder : stored) {
        // A handset's folder names, as the user typed them: no slashes at the ends, no blanks.
        QString cleaned = folder.trimmed();
        while (cleaned.startsWith(u'/'))
            cleaned.remove(0, 1);
        while (cleaned.endsWith(u'/'))
            cleaned.chop(1);
        if (!cleaned.isEmpty() && !folders.contains(cleaned, Qt::CaseInsensitive))
            folders.append(cleaned);
    }
    return folders.isEmpty() ? defaultPhotoFolders() : folders;
}

void Settings::setPhotoFolders(const QStringList &folders)
{
    m_settings->setValue(PhotoFoldersKey, folders);
}

bool Settings::demoHandsetEnabled() const
{
    return m_settings->value(DemoHandsetKey, false).toBool();
}

void Settings::setDemoHandsetEnabled(bool on)
{
    m_settings->setValue(DemoHandsetKey, on);
}

BackupOptions Settings::backupOptions() const
{
    BackupOptions options;
    options.photoFolders = photoFolders();
    return options;
}

void Settings::sync()
{
    m_settings->sync();
}

} // namespace Lifeboat
