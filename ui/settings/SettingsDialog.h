#pragma once

#include <QDialog>

class QCheckBox;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Lifeboat {

class Settings;

// Preferences: the library folder, automatic backup of known handsets, whether new archives are
// encrypted, and which of a handset's folders hold the photos to copy. Writes to Settings when accepted.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(Settings *settings, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(SettingsDialog)

    void accept() override;

Q_SIGNALS:
    void libraryFolderChanged(const QString &folder);

private:
    void chooseLibraryFolder();
    void addPhotoFolder();
    void removePhotoFolder();
    void resetPhotoFolders();
    void updateButtons();
    QStringList photoFolders() const;

    Settings *m_settings;
    QLineEdit *m_libraryFolder;
    QCheckBox *m_automaticBackup;
    QCheckBox *m_encryptNewArchives;
    QListWidget *m_photoFolders;
    QLineEdit *m_newPhotoFolder;
    QPushButton *m_addPhotoFolder;
    QPushButton *m_removePhotoFolder;
};

} // namespace Lifeboat
