#pragma once

#include "common/Result.h"

#include <QMainWindow>

#include <memory>

class QSplitter;
class QStackedWidget;
class QLabel;
class QMenu;

namespace Lifeboat {

class Archive;
class ArchiveReader;
class ArchiveUnlocker;
class BackupController;
class HandsetWatcher;
class HandsetsPane;
class LibraryPane;
class MessagePresenter;
class Settings;
class SnapshotView;
struct RestoreTarget;

// The main window: archives and their snapshots on the left, the selected snapshot's content
// on the right. Lists come from a read-only connection on the GUI thread (they are index
// reads); thumbnails, full photos, search and diff go through the ArchiveReader's thread.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // `libraryFolder` empty: the standard library folder (QStandardPaths::AppDataLocation).
    explicit MainWindow(QWidget *parent = nullptr, const QString &libraryFolder = {});
    ~MainWindow() override;
    Q_DISABLE_COPY_MOVE(MainWindow)

    void setMessagePresenter(std::unique_ptr<MessagePresenter> presenter);

    // Adds the archive to the left pane and shows its newest complete snapshot.
    bool openArchive(const QString &path);
    bool showSnapshot(const QString &path, qint64 snapshotId);
    void reloadLibrary();
    QString currentArchivePath() const { return m_archivePath; }
    SnapshotView *snapshotView() const { return m_snapshotView; }
    // Asks for passphrases of encrypted archives; tests replace its question.
    ArchiveUnlocker *unlocker() const { return m_unlocker.get(); }

    static QString libraryEmptyMessage();

    // Handsets and backups (MainWindowHandsets.cpp).
    // Starts listening for USB handsets; the window alone shows the demo handset at most.
    void startHandsetMonitoring();
    void setLibraryFolder(const QString &folder);
    QString libraryFolder() const { return m_libraryFolder; }
    void showSettings();
    HandsetWatcher *handsetWatcher() const { return m_handsetWatcher; }
    HandsetsPane *handsetsPane() const { return m_handsetsPane; }
    BackupController *backupController() const { return m_backupController; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void chooseArchiveToOpen();
    // File > Save a Copy…: a consistent copy of the shown archive (SaveCopyFlow).
    void saveArchiveCopy();
    void showMessage(const QString &message);
    bool useArchive(const QString &path);
    bool listArchive(const QString &path, bool reportErrors);
    // Read-only, through m_unlocker: asks for an encrypted archive's passphrase when `mayAsk`.
    Result<std::unique_ptr<Archive>> openReadOnly(const QString &path, bool mayAsk);
    void restoreSettings();
    void saveSettings() const;
    void showAbout();
    void setUpHandsets();
    void createHandsetActions();
    void backupFinished(const QString &archivePath, qint64 snapshotId, bool complete);

    // Restore, export and verify (MainWindowTools.cpp).
    void createToolActions(QMenu *file, QMenu *help);
    bool hasShownSnapshot();
    QList<RestoreTarget> restoreTargets() const;
    void openRestoreWizard();
    void openExportDialog();
    void openVerifyDialog();

    QString m_libraryFolder;
    std::unique_ptr<MessagePresenter> m_presenter;
    std::unique_ptr<ArchiveUnlocker> m_unlocker;
    ArchiveReader *m_reader;
    std::unique_ptr<Archive> m_archive;  // the shown archive, read-only, GUI thread
    QString m_archivePath;
    QStringList m_openedElsewhere;       // archives opened with File > Open, remembered

    QSplitter *m_splitter;
    LibraryPane *m_library;
    QStackedWidget *m_pages;
    QLabel *m_message;
    SnapshotView *m_snapshotView;

    std::unique_ptr<Settings> m_settings;
    HandsetWatcher *m_handsetWatcher = nullptr;
    HandsetsPane *m_handsetsPane = nullptr;
    BackupController *m_backupController = nullptr;
};

} // namespace Lifeboat
