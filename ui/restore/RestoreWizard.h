#pragma once

#include "app/jobs/RestoreJob.h"
#include "common/Result.h"
#include "ui/restore/RestoreTarget.h"
#include "ui/restore/SnapshotItems.h"

#include <QWizard>

#include <memory>
#include <optional>

namespace Lifeboat {

class Archive;
class JobRunner;
class RestoreTask;

// What the user has chosen so far; the pages fill it in.
struct RestoreChoices
{
    qint64 snapshotId = 0;
    QList<ItemKind> kinds{ItemKind::Contact, ItemKind::Event, ItemKind::Todo, ItemKind::Photo};
    QList<qint64> objectIds;  // not empty: only these objects
    int targetIndex = -1;
    RestoreMode mode = RestoreMode::Missing;
    bool replaceConfirmed = false;
};

// Puts a snapshot back onto a handset, one decision per page: snapshot, what, target handset,
// mode, a dry-run preview of exactly what will happen, confirmation, progress, and a report
// that can be saved for a customer. Restores run on a worker thread (JobRunner).
class RestoreWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { SnapshotPage, ItemsPage, TargetPage, ModePage, PreviewPage, ConfirmPage,
                  ProgressPage, ReportPage };

    // `targets`: the handsets the caller can reach (the demo handset, connected ones).
    RestoreWizard(const QString &archivePath, qint64 snapshotId, QList<RestoreTarget> targets,
                  QWidget *parent = nullptr);
    ~RestoreWizard() override;
    Q_DISABLE_COPY_MOVE(RestoreWizard)

    QString archivePath() const { return m_archivePath; }
    // Read-only, GUI thread: snapshot lists and item titles for the pages.
    Archive *archive() const { return m_archive.get(); }
    const QList<SnapshotInfo> &snapshots() const { return m_snapshots; }
    std::optional<SnapshotInfo> chosenSnapshot() const;
    // Which handset the snapshot was taken of, as a person names it.
    QString handsetNameOf(const SnapshotInfo &snapshot) const;
    // The chosen snapshot's items (loaded once per snapshot).
    const SnapshotItems &items();
    const QList<RestoreTarget> &targets() const { return m_targets; }
    std::optional<RestoreTarget> chosenTarget() const;

    RestoreChoices &choices() { return m_choices; }
    const RestoreChoices &choices() const { return m_choices; }

    // Starts the restore (or its dry run) with the current choices; restoreFinished() follows.
    bool startRestore(bool dryRun);
    void cancelRestore();
    bool isRestoreRunning() const;
    JobRunner *runner() const { return m_runner; }
    const RestoreReport &previewReport() const { return m_preview; }
    const RestoreReport &resultReport() const { return m_result; }

    // The report as a person reads it, and saved as .html or .pdf (by the path's suffix),
    // readable by the owner only.
    QString reportHtml() const;
    Status saveReport(const QString &path) const;

    // No page is left before it is complete: next() called directly (shortcuts, scripts) obeys
    // the same rule as the greyed-out Next button, so replace never runs unconfirmed.
    bool validateCurrentPage() override;
    void reject() override;

Q_SIGNALS:
    void restoreFinished(bool dryRun);

private:
    void onRunnerFinished();

    QString m_archivePath;
    std::unique_ptr<Archive> m_archive;
    QList<SnapshotInfo> m_snapshots;
    QList<DeviceRecord> m_devices;
    QList<RestoreTarget> m_targets;
    RestoreChoices m_choices;
    std::optional<SnapshotItems> m_items;
    qint64 m_itemsSnapshot = 0;
    JobRunner *m_runner;
    std::unique_ptr<RestoreTask> m_task;
    RestoreReport m_preview;
    RestoreReport m_result;
};

} // namespace Lifeboat
