#pragma once

#include "app/jobs/Job.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

#include <atomic>

namespace Lifeboat {

// "Save a copy" of an archive (Archive::saveCopy): opens its own read-only connection on the
// thread that runs it, so the GUI can run it through JobRunner while a backup writes to the
// same file.
class CopyJob : public Job
{
    Q_DECLARE_TR_FUNCTIONS(Lifeboat::CopyJob)
public:
    CopyJob(QString archivePath, QString targetPath);

    Status run();
    void cancel() override;

private:
    QString m_archivePath;
    QString m_targetPath;
    std::atomic_bool m_stop{false};
};

} // namespace Lifeboat
