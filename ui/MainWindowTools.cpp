// MainWindow's restore, export and verify actions, kept apart from the browsing code.
#include "ui/MainWindow.h"

#include "app/HandsetWatcher.h"
#include "ui/MessagePresenter.h"
#include "ui/UiLog.h"
#include "ui/browse/SnapshotView.h"
#include "ui/export/ExportDialog.h"
#include "ui/restore/RestoreWizard.h"
#include "ui/verify/VerifyDialog.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QStackedWidget>

#include <algorithm>

namespace Lifeboat {

void MainWindow::createToolActions(QMenu *file, QMenu *help)
{
    auto *exportAction = new QAction(tr("&Export…"), this);
    exportAction->setObjectName(QStringLiteral("exportAction"));
    exportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    exportAction->setStatusTip(tr("Write the shown snapshot out as vCard, iCalendar and a photo folder"));
    connect(exportAction, &QAction::triggered, this, &MainWindow::openExportDialog);
    // Before the separator that precedes Quit.
    const QList<QAction *> fileActions = file->actions();
    const auto separator = std::find_if(fileActions.cbegin(), fileActions.cend(),
                                        [](const QAction *action) { return action->isSeparator(); });
    file->insertAction(separator == fileActions.cend() ? nullptr : *separator, exportAction);

    auto *snapshot = new QMenu(tr("&Snapshot"), this);
    snapshot->setObjectName(QStringLiteral("snapshotMenu"));
    QAction *restore = snapshot->addAction(tr("&Restore to Handset…"), this, &MainWindow::openRestoreWizard);
    restore->setObjectName(QStringLiteral("restoreAction"));
    // Ctrl+R is Refresh (Reload Library) on some desktops.
    restore->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    menuBar()->insertMenu(help->menuAction(), snapshot);

    auto *tools = new QMenu(tr("&Tools"), this);
    tools->setObjectName(QStringLiteral("toolsMenu"));
    QAction *verify = tools->addAction(tr("&Verify Archive"), this, &MainWindow::openVerifyDialog);
    verify->setObjectName(QStringLiteral("verifyAction"));
    verify->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    menuBar()->insertMenu(help->menuAction(), tools);
}

bool MainWindow::hasShownSnapshot()
{
    if (!m_archivePath.isEmpty() && m_pages->currentWidget() == m_snapshotView)
        return true;
    m_presenter->showError(this, tr("No snapshot chosen"),
                           Error(ErrorCode::NotFound,
                                 tr("Open an archive and choose one of its snapshots on the left first.")));
    return false;
}

// The handsets the pane shows as ready (the demo handset too, when it is switched on): the same
// list a person sees on the left, so the wizard never offers a locked or busy handset.
QList<RestoreTarget> MainWindow::restoreTargets() const
{
    QList<RestoreTarget> targets;
    if (!m_handsetWatcher)
        return targets;
    for (const HandsetStatus &handset : m_handsetWatcher->handsets()) {
        if (!handset.canBackUp())
            continue;
        const QString label = handset.detail.isEmpty()
            ? handset.name
            : tr("%1 (%2)", "handset name (serial number and USB port)").arg(handset.name, handset.detail);
        targets.append({label, handset.spec});
    }
    return targets;
}

void MainWindow::openRestoreWizard()
{
    if (!hasShownSnapshot())
        return;
    auto *wizard = new RestoreWizard(m_archivePath, m_snapshotView->snapshotId(), restoreTargets(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->open();
}

void MainWindow::openExportDialog()
{
    if (!hasShownSnapshot())
        return;
    auto *dialog = new ExportDialog(m_archivePath, m_snapshotView->snapshotId(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::openVerifyDialog()
{
    if (m_archivePath.isEmpty()) {
        m_presenter->showError(this, tr("No archive open"),
                               Error(ErrorCode::NotFound, tr("Open an archive first, then verify it.")));
        return;
    }
    auto *dialog = new VerifyDialog(m_archivePath, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    dialog->start();
}

} // namespace Lifeboat
