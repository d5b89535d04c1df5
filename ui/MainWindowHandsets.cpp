// MainWindow's handsets and backups: the handsets pane above the library, the Handset menu,
// the progress dialog's outcome in the library, and the settings dialog.

#include "ui/MainWindow.h"

#include "app/HandsetWatcher.h"
#include "app/Settings.h"
#include "ui/MessagePresenter.h"
#include "ui/UiLog.h"
#include "ui/browse/LibraryPane.h"
#include "ui/browse/SnapshotView.h"
#include "ui/handsets/BackupController.h"
#include "ui/handsets/BackupProgressDialog.h"
#include "ui/handsets/HandsetsPane.h"
#include "ui/settings/SettingsDialog.h"

#include <QAction>
#include <QDir>
#include <QMenu>
#include <QMenuBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

namespace Lifeboat {

void MainWindow::setUpHandsets()
{
    m_settings = std::make_unique<Settings>();
    m_handsetWatcher = new HandsetWatcher(m_libraryFolder, this);
    m_handsetsPane = new HandsetsPane(m_handsetWatcher, this);
    m_backupController = new BackupController(m_handsetWatcher, m_settings.get(), m_unlocker.get(), this);

    // Handsets above the library, in a column of their own on the left.
    auto *left = new QSplitter(Qt::Vertical, this);
    left->setObjectName(QStringLiteral("leftSplitter"));
    left->setChildrenCollapsible(false);
    m_splitter->insertWidget(0, left);
    left->addWidget(m_handsetsPane);
    left->addWidget(m_library);
    left->setStretchFactor(1, 1);
    left->setSizes({fontMetrics().lineSpacing() * 9, fontMetrics().lineSpacing() * 30});

    connect(m_handsetsPane, &HandsetsPane::backUpRequested, m_backupController, &BackupController::backUp);
    connect(m_backupController, &BackupController::runningChanged, m_handsetsPane,
            &HandsetsPane::setBackupRunning);
    connect(m_backupController, &BackupController::backupFinished, this, &MainWindow::backupFinished);
    connect(m_backupController, &BackupController::backupNotStarted, this,
            [this](const QString &handsetName, const Error &error) {
                m_presenter->showError(this, tr("Cannot back up %1").arg(handsetName), error);
            });
    connect(m_backupController, &BackupController::showBackupRequested, this,
            [this](const QString &path, qint64 snapshotId) { showSnapshot(path, snapshotId); });
    m_handsetWatcher->setDemoEnabled(m_settings->demoHandsetEnabled());
}

void MainWindow::createHandsetActions()
{
    auto *handset = new QMenu(tr("&Handset"), this);
    handset->setObjectName(QStringLiteral("handsetMenu"));
    // Before Help, which stays last.
    const QList<QAction *> menus = menuBar()->actions();
    menuBar()->insertMenu(menus.isEmpty() ? nullptr : menus.constLast(), handset);

    QAction *backUp = handset->addAction(tr("&Back Up Now"), this, [this] {
        m_backupController->backUp(m_handsetsPane->currentKey());
    });
    backUp->setObjectName(QStringLiteral("backUpNowAction"));
    backUp->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    auto updateBackUp = [this, backUp] {
        const auto status = m_handsetWatcher->handset(m_handsetsPane->currentKey());
        backUp->setEnabled(!m_backupController->isRunning() && status && status->canBackUp());
    };
    connect(m_handsetsPane, &HandsetsPane::currentHandsetChanged, backUp, updateBackUp);
    connect(m_handsetWatcher, &HandsetWatcher::handsetChanged, backUp, updateBackUp);
    connect(m_backupController, &BackupController::runningChanged, backUp, updateBackUp);
    updateBackUp();

    handset->addSeparator();
    QAction *demo = handset->addAction(tr("Use &Demo Handset"));
    demo->setObjectName(QStringLiteral("useDemoHandsetAction"));
    demo->setCheckable(true);
    demo->setChecked(m_settings->demoHandsetEnabled());
    demo->setToolTip(tr("A handset built into Lifeboat, with made-up contacts, events, to-dos and "
                        "photos, for trying everything without a phone"));
    connect(demo, &QAction::toggled, this, [this](bool on) {
        m_settings->setDemoHandsetEnabled(on);
        m_handsetWatcher->setDemoEnabled(on);
        if (on)
            m_handsetsPane->selectHandset(HandsetWatcher::demoKey());
    });

    handset->addSeparator();
    QAction *settings = handset->addAction(tr("&Settings…"), this, &MainWindow::showSettings);
    settings->setObjectName(QStringLiteral("settingsAction"));
    settings->setShortcut(QKeySequence::Preferences);
    settings->setMenuRole(QAction::PreferencesRole);
    if (settings->shortcut().isEmpty())
        settings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
}

void MainWindow::startHandsetMonitoring()
{
    if (const Status started = m_handsetWatcher->startUsbMonitoring(); !started)
        statusBar()->showMessage(tr("USB handsets cannot be seen: %1").arg(started.error().message()));
}

void MainWindow::setLibraryFolder(const QString &folder)
{
    if (QDir::cleanPath(folder) == QDir::cleanPath(m_libraryFolder))
        return;
    m_libraryFolder = folder;
    m_handsetWatcher->setLibraryFolder(folder);
    m_library->clear();
    reloadLibrary();
}

void MainWindow::showSettings()
{
    auto *dialog = new SettingsDialog(m_settings.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::libraryFolderChanged, this, &MainWindow::setLibraryFolder);
    dialog->open();
}

void MainWindow::backupFinished(const QString &archivePath, qint64 snapshotId, bool complete)
{
    statusBar()->showMessage(BackupProgressDialog::summaryText(m_backupController->lastReport()), 15000);
    if (archivePath.isEmpty())
        return;
    // The new snapshot (or the unfinished one) appears in the library at once.
    reloadLibrary();
    if (complete && m_pages->currentWidget() != m_snapshotView)
        showSnapshot(archivePath, snapshotId);
    else if (!listArchive(archivePath, false))
        qCWarning(lcUi).noquote() << "cannot list" << archivePath << "after the backup";
}

} // namespace Lifeboat
