#include "ui/ScreenshotTour.h"

#include "app/HandsetWatcher.h"
#include "ui/MainWindow.h"
#include "ui/handsets/BackupController.h"
#include "ui/handsets/BackupProgressDialog.h"
#include "ui/UiLog.h"
#include "ui/browse/SnapshotView.h"
#include "ui/photos/PhotoViewer.h"
#include "ui/photos/PhotosView.h"
#include "ui/search/SearchView.h"

#include <QAction>
#include <QDir>
#include <QLineEdit>
#include <QPixmap>
#include <QStackedWidget>
#include <QTimer>

namespace Lifeboat {

ScreenshotTour::ScreenshotTour(MainWindow *window, QString directory, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_directory(std::move(directory))
{}

void ScreenshotTour::save(QWidget *widget, const QString &name)
{
    const QString path = QDir(m_directory).filePath(name + QStringLiteral(".png"));
    if (!widget || !widget->grab().save(path)) {
        qCWarning(lcUi).noquote() << "Cannot save screenshot" << path;
        m_ok = false;
    }
}

void ScreenshotTour::start()
{
    QDir().mkpath(m_directory);
    MainWindow *window = m_window;
    SnapshotView *view = window->snapshotView();
    const bool hasSnapshot =
        window->findChild<QStackedWidget *>(QStringLiteral("mainPages"))->currentWidget() == view;
    if (!hasSnapshot) {
        m_steps.append([this, window] { save(window, QStringLiteral("empty-library")); });
    } else {
        const QList<std::pair<SnapshotView::Tab, QString>> tabs{
            {SnapshotView::ContactsTab, QStringLiteral("contacts")},
            {SnapshotView::CalendarTab, QStringLiteral("calendar")},
            {SnapshotView::TodosTab, QStringLiteral("todos")},
            {SnapshotView::PhotosTab, QStringLiteral("photos")}};
        for (const auto &[tab, name] : tabs) {
            const SnapshotView::Tab shown = tab;
            m_steps.append([view, shown] { view->showTab(shown); });
            const QString file = name;
            m_steps.append([this, window, file] { save(window, file); });
        }
        m_steps.append([view] {
            if (auto *photos = view->findChild<PhotosView *>())
                photos->openViewer(0);
        });
        m_steps.append([this, view] {
            auto *viewer = view->findChild<PhotoViewer *>();
            save(viewer, QStringLiteral("photo-viewer"));
            if (viewer)
                viewer->close();
        });
        m_steps.append([this, view] {
            view->startSearch();
            view->findChild<QLineEdit *>(QStringLiteral("searchField"))->setText(m_searchText);
            view->findChild<SearchView *>()->searchNow();
        });
        m_steps.append([this, window] { save(window, QStringLiteral("search")); });
        m_steps.append([view] { view->showTab(SnapshotView::ChangesTab); });
        m_steps.append([this, window] { save(window, QStringLiteral("what-changed")); });
        m_steps.append([view] { view->showTab(SnapshotView::ContactsTab); });
        addHandsetSteps();
    }
    QTimer::singleShot(StepDelayMs, this, &ScreenshotTour::runNext);
}

void ScreenshotTour::waitFor(std::function<bool()> condition, int attempts)
{
    m_steps.append([this, condition, attempts] {
        if (!condition() && attempts > 1) {
            // Checked again after the next delay, ahead of everything else.
            waitFor(condition, attempts - 1);
            m_steps.prepend(m_steps.takeLast());
        } else if (!condition()) {
            qCWarning(lcUi) << "Screenshot tour: gave up waiting";
            m_ok = false;
        }
    });
}

// The handsets pane with the demo handset, a backup in progress and its result.
void ScreenshotTour::addHandsetSteps()
{
    MainWindow *window = m_window;
    m_steps.append([window] {
        if (auto *demo = window->findChild<QAction *>(QStringLiteral("useDemoHandsetAction")); demo && !demo->isChecked())
            demo->trigger();
    });
    waitFor([window] {
        const auto demo = window->handsetWatcher()->handset(HandsetWatcher::demoKey());
        return demo && demo->canBackUp();
    });
    m_steps.append([this, window] { save(window, QStringLiteral("handsets")); });
    // Progress halfway through, as a person sees it during a long backup (a real backup of the
    // demo handset is over too quickly to catch in the middle).
    m_steps.append([this, window] {
        auto *dialog = new BackupProgressDialog(tr("Demo handset"), window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setObjectName(QStringLiteral("screenshotProgressDialog"));
        JobProgress progress;
        progress.phase = tr("Copying photos");
        progress.currentItem = QStringLiteral("DCIM/Camera/IMG_20260612_184512.jpg");
        const auto set = [&progress](ItemKind kind, qint64 done, qint64 total, quint64 bytesDone, quint64 bytesTotal) {
            progress.kind(kind) = KindProgress{done, total, bytesDone, bytesTotal};
        };
        set(ItemKind::Contact, 300, 300, 412'000, 412'000);
        set(ItemKind::Event, 120, 120, 96'000, 96'000);
        set(ItemKind::Todo, 40, 40, 21'000, 21'000);
        set(ItemKind::Photo, 1'210, 2'873, 2'960'000'000, 7'030'000'000);
        progress.objectsDone = 1'670;
        progress.objectsTotal = 3'333;
        progress.bytesDone = 2'960'529'000;
        progress.bytesTotal = 7'030'529'000;
        progress.bytesPerSecond = 31'400'000;
        progress.secondsRemaining = 130;
        dialog->showProgress(progress);
        dialog->show();
    });
    m_steps.append([this, window] {
        auto *dialog = window->findChild<BackupProgressDialog *>(QStringLiteral("screenshotProgressDialog"));
        save(dialog, QStringLiteral("backup-progress"));
        if (dialog)
            dialog->close();
    });
    m_steps.append([window] { window->backupController()->backUp(HandsetWatcher::demoKey()); });
    waitFor([window] { return !window->backupController()->isRunning(); }, 60);
    m_steps.append([this, window] {
        save(window->backupController()->dialog(), QStringLiteral("backup-result"));
        if (BackupProgressDialog *dialog = window->backupController()->dialog())
            dialog->close();
    });
    m_steps.append([this, window] { save(window, QStringLiteral("handsets-after-backup")); });
}

void ScreenshotTour::runNext()
{
    if (m_steps.isEmpty() || !m_window) {
        Q_EMIT finished(m_ok && m_window);
        return;
    }
    const Step step = m_steps.takeFirst();
    step();
    QTimer::singleShot(StepDelayMs, this, &ScreenshotTour::runNext);
}

} // namespace Lifeboat
