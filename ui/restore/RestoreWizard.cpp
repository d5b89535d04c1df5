#include "ui/restore/RestoreWizard.h"

#include "app/jobs/JobRunner.h"
#include "model/archive/Archive.h"
#include "ui/UiLog.h"
#include "ui/restore/RestoreConfirmPage.h"
#include "ui/restore/RestoreItemsPage.h"
#include "ui/restore/RestoreModePage.h"
#include "ui/restore/RestorePreviewPage.h"
#include "ui/restore/RestoreProgressPage.h"
#include "ui/restore/RestoreReportDocument.h"
#include "ui/restore/RestoreReportPage.h"
#include "ui/restore/RestoreSnapshotPage.h"
#include "ui/restore/RestoreTargetPage.h"
#include "ui/restore/RestoreTask.h"

#include <QAbstractButton>
#include <QDateTime>
#include <QFileInfo>

namespace Lifeboat {

RestoreWizard::RestoreWizard(const QString &archivePath, qint64 snapshotId, QList<RestoreTarget> targets,
                             QWidget *parent)
    : QWizard(parent)
    , m_archivePath(archivePath)
    , m_targets(std::move(targets))
    , m_runner(new JobRunner(this))
{
    setObjectName(QStringLiteral("restoreWizard"));
    setWindowTitle(tr("Restore to Handset"));
    setAccessibleName(tr("Restore to handset"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setButtonText(QWizard::CommitButton, tr("&Restore"));
    button(QWizard::NextButton)->setObjectName(QStringLiteral("restoreNextButton"));
    button(QWizard::BackButton)->setObjectName(QStringLiteral("restoreBackButton"));
    button(QWizard::CommitButton)->setObjectName(QStringLiteral("restoreCommitButton"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("restoreFinishButton"));
    button(QWizard::CancelButton)->setObjectName(QStringLiteral("restoreCancelWizardButton"));

    if (auto opened = Archive::open(archivePath, Archive::OpenMode::ReadOnly)) {
        m_archive = std::move(*opened);
        if (auto snapshots = m_archive->snapshots())
            m_snapshots = std::move(*snapshots);
        if (auto devices = m_archive->devices())
            m_devices = std::move(*devices);
    } else {
        qCWarning(lcUi).noquote() << "Restore wizard cannot open" << archivePath << opened.error().toString();
    }
    m_choices.snapshotId = snapshotId;
    if (!chosenSnapshot() && !m_snapshots.isEmpty())
        m_choices.snapshotId = m_snapshots.constLast().id;
    if (!m_targets.isEmpty())
        m_choices.targetIndex = 0;

    setPage(SnapshotPage, new RestoreSnapshotPage(this));
    setPage(ItemsPage, new RestoreItemsPage(this));
    setPage(TargetPage, new RestoreTargetPage(this));
    setPage(ModePage, new RestoreModePage(this));
    setPage(PreviewPage, new RestorePreviewPage(this));
    setPage(ConfirmPage, new RestoreConfirmPage(this));
    setPage(ProgressPage, new RestoreProgressPage(this));
    setPage(ReportPage, new RestoreReportPage(this));
    setStartId(SnapshotPage);

    connect(m_runner, &JobRunner::finished, this, &RestoreWizard::onRunnerFinished);
    resize(720, 560);
}

RestoreWizard::~RestoreWizard()
{
    // The runner (a child) would cancel and wait for the task during QObject's destruction,
    // after m_task is gone: it goes first, while the task still exists.
    delete m_runner;
}

std::optional<SnapshotInfo> RestoreWizard::chosenSnapshot() const
{
    for (const SnapshotInfo &snapshot : m_snapshots) {
        if (snapshot.id == m_choices.snapshotId)
            return snapshot;
    }
    return std::nullopt;
}

QString RestoreWizard::handsetNameOf(const SnapshotInfo &snapshot) const
{
    for (const DeviceRecord &device : m_devices) {
        if (device.id != snapshot.deviceId)
            continue;
        const QString name = device.friendlyName.isEmpty()
                                 ? QStringLiteral("%1 %2").arg(device.manufacturer, device.model).trimmed()
                                 : device.friendlyName;
        return tr("%1 (serial %2)").arg(name, device.serialNumber);
    }
    return tr("an unknown handset");
}

const SnapshotItems &RestoreWizard::items()
{
    if (!m_items || m_itemsSnapshot != m_choices.snapshotId) {
        m_itemsSnapshot = m_choices.snapshotId;
        m_items = SnapshotItems();
        if (m_archive) {
            auto loaded = SnapshotItems::load(*m_archive, m_choices.snapshotId);
            if (loaded)
                m_items = std::move(*loaded);
            else
                qCWarning(lcUi).noquote() << "Cannot list the snapshot's items" << loaded.error().toString();
        }
    }
    return *m_items;
}

std::optional<RestoreTarget> RestoreWizard::chosenTarget() const
{
    if (m_choices.targetIndex < 0 || m_choices.targetIndex >= m_targets.size())
        return std::nullopt;
    return m_targets.at(m_choices.targetIndex);
}

bool RestoreWizard::startRestore(bool dryRun)
{
    const auto target = chosenTarget();
    if (!target || m_runner->isRunning())
        return false;
    RestoreRequest request;
    request.archivePath = m_archivePath;
    request.snapshotId = m_choices.snapshotId;
    request.target = target->spec;
    request.options.kinds = m_choices.objectIds.isEmpty()
                                ? m_choices.kinds
                                : QList<ItemKind>{ItemKind::Contact, ItemKind::Event, ItemKind::Todo, ItemKind::Photo};
    request.options.objectIds = m_choices.objectIds;
    request.options.mode = m_choices.mode;
    request.options.dryRun = dryRun;
    request.options.replaceConfirmed = m_choices.mode == RestoreMode::Replace && m_choices.replaceConfirmed;
    if (!dryRun && m_choices.mode == RestoreMode::Replace && !m_choices.replaceConfirmed)
        return false;
    m_task = std::make_unique<RestoreTask>(std::move(request));
    RestoreTask *task = m_task.get();
    return m_runner->start(*task, [task] { task->run(); });
}

void RestoreWizard::cancelRestore()
{
    m_runner->cancel();
}

bool RestoreWizard::isRestoreRunning() const
{
    return m_runner->isRunning();
}

void RestoreWizard::onRunnerFinished()
{
    if (!m_task)
        return;
    const bool dryRun = m_task->request().options.dryRun;
    if (dryRun)
        m_preview = m_task->report();
    else
        m_result = m_task->report();
    Q_EMIT restoreFinished(dryRun);
}

QString RestoreWizard::reportHtml() const
{
    RestoreReportContext context;
    context.archiveName = QFileInfo(m_archivePath).completeBaseName();
    if (const auto snapshot = chosenSnapshot()) {
        context.snapshot = *snapshot;
        context.snapshotHandset = handsetNameOf(*snapshot);
    }
    if (const auto target = chosenTarget())
        context.targetLabel = target->label;
    context.mode = m_choices.mode;
    context.created = QDateTime::currentDateTime();
    if (m_items)
        context.items = &*m_items;
    return RestoreReportDocument::html(m_result, context);
}

Status RestoreWizard::saveReport(const QString &path) const
{
    const QString html = reportHtml();
    if (QFileInfo(path).suffix().compare(u"pdf", Qt::CaseInsensitive) == 0)
        return RestoreReportDocument::savePdf(html, path);
    return RestoreReportDocument::saveHtml(html, path);
}

bool RestoreWizard::validateCurrentPage()
{
    return currentPage() && currentPage()->isComplete() && QWizard::validateCurrentPage();
}

void RestoreWizard::reject()
{
    if (m_runner->isRunning()) {
        // Closing the wizard stops the restore at the next item; what was written stays.
        m_runner->cancel();
        m_runner->waitForFinished();
    }
    QWizard::reject();
}

} // namespace Lifeboat
