#pragma once

#include "app/jobs/BackupJob.h"

#include <QString>
#include <QStringList>

#include <memory>

class QSettings;

namespace Lifeboat {

// The user's choices that outlive the window, kept with QSettings: where the library is, whether
// a known handset is backed up as soon as it is connected, whether new archives are encrypted,
// and which photo folders to copy.
class Settings
{
public:
    // `iniFile` empty: the application's standard settings (organisation and application name).
    explicit Settings(const QString &iniFile = {});
    ~Settings();
    Q_DISABLE_COPY_MOVE(Settings)

    // Empty means the standard library folder (Library::defaultFolder()).
    QString libraryFolder() const;
    // The folder to use: the chosen one, else the standard one.
    QString effectiveLibraryFolder() const;
    void setLibraryFolder(const QString &folder);

    bool automaticBackup() const;
    void setAutomaticBackup(bool on);

    // A handset's first backup creates its archive encrypted, under a passphrase asked then.
    bool encryptNewArchives() const;
    void setEncryptNewArchives(bool on);

    // Top-level folders of the handset whose photos are copied; never empty.
    QStringList photoFolders() const;
    void setPhotoFolders(const QStringList &folders);
    static QStringList defaultPhotoFolders();

    bool demoHandsetEnabled() const;
    void setDemoHandsetEnabled(bool on);

    // BackupOptions with the photo folders chosen here.
    BackupOptions backupOptions() const;

    void sync();

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace Lifeboat
