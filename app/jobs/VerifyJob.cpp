#include "app/jobs/VerifyJob.h"

namespace Lifeboat {

VerifyJob::VerifyJob(Archive &archive)
    : m_archive(archive)
{}

void VerifyJob::cancel()
{
    Job::cancel();
    m_stop.store(true);
}

Result<VerifyReport> VerifyJob::run()
{
    startClock();
    progress().phase = tr("Checking the archive");
    reportProgress(true);
    Result<VerifyReport> report = m_archive.verify([this](quint64 done, quint64 total) {
        progress().bytesDone = done;
        progress().bytesTotal = total;
        reportProgress();
    }, &m_stop);
    if (report && report->cancelled)
        return Error(ErrorCode::Cancelled, tr("The check was cancelled."));
    reportProgress(true);
    return report;
}

} // namespace Lifeboat
