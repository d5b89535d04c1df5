#include "ui/SaveCopyFlow.h"

#include "app/jobs/CopyJob.h"
#include "app/jobs/JobRunner.h"
#include "ui/MessagePresenter.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QProgressDialog>
#include <QMainWindow>
#include <QStatusBar>

namespace Lifeboat {

SaveCopyFlow::SaveCopyFlow(QWidget *window, QString archivePath, MessagePresenter *presenter)
    : QObject(window)
    , m_window(window)
    , m_archivePath(std::move(archivePath))
    , m_presenter(presenter)
{}

SaveCopyFlow::~SaveCopyFlow() = default;

void SaveCopyFlow::start()
{
    const QFileInfo source(m_archivePath);
    const QString suggested = source.absolutePath() + u'/' + source.completeBaseName() + tr(" (copy)") + QStringLiteral(".lifeboat");
    auto *dialog = new QFileDialog(m_window, tr("Save a Copy"), suggested,
                                   tr("Lifeboat archives (*.lifeboat);;All files (*)"));
    dialog->setObjectName(QStringLiteral("saveCopyDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("lifeboat"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, &SaveCopyFlow::copyTo);
    connect(dialog, &QFileDialog::rejected, this, &QObject::deleteLater);
    dialog->open();
}

void SaveCopyFlow::copyTo(const QString &target)
{
    m_target = target;
    m_job = std::make_unique<CopyJob>(m_archivePath, target);
    m_runner = new JobRunner(this);
    m_progress = new QProgressDialog(tr("Saving a copy of the archive…"), tr("Cancel"), 0, 1000, m_window);
    m_progress->setObjectName(QStringLiteral("saveCopyProgress"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(500);
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_progress, &QProgressDialog::canceled, m_runner, &JobRunner::cancel);
    connect(m_runner, &JobRunner::progressChanged, this, [this](const JobProgress &progress) {
        if (m_progress && progress.bytesTotal > 0)
            m_progress->setValue(int(progress.bytesDone * 1000 / progress.bytesTotal));
    });
    connect(m_runner, &JobRunner::finished, this, &SaveCopyFlow::onFinished);
    m_runner->start(*m_job, [this] {
        const Status copied = m_job->run();
        m_ok = bool(copied);
        if (!copied)
            m_failure = copied.error();
    });
}

void SaveCopyFlow::onFinished()
{
    if (m_progress) {
        m_progress->reset();
        m_progress->close();
        m_progress = nullptr;
    }
    if (m_ok) {
        if (auto *window = qobject_cast<QMainWindow *>(m_window))
            window->statusBar()->showMessage(tr("Saved a copy as %1.").arg(QDir::toNativeSeparators(m_target)), 8000);
    } else if (m_failure && m_failure->code() != ErrorCode::Cancelled && m_presenter) {
        m_presenter->showError(m_window, tr("Save a Copy"), *m_failure);
    }
    Q_EMIT finished(m_ok);
    deleteLater();
}

} // namespace Lifeboat
