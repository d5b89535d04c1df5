#pragma once

#include "app/jobs/Job.h"
#include "model/archive/Archive.h"

#include <QCoreApplication>

#include <atomic>

namespace Lifeboat {

// Checks an archive end to end (ARCHITECTURE.md, "Jobs"): SQLite's integrity and foreign-key
// checks, then every stored chunk and every object re-hashed; names what is affected.
class VerifyJob : public Job
{
    Q_DECLARE_TR_FUNCTIONS(Lifeboat::VerifyJob)
public:
    explicit VerifyJob(Archive &archive);

    Result<VerifyReport> run();
    void cancel() override;

private:
    Archive &m_archive;
    std::atomic_bool m_stop{false};
};

} // namespace Lifeboat
