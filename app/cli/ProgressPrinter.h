#pragma once

#include "app/cli/CliCommand.h"
#include "app/jobs/JobProgress.h"

namespace Lifeboat {

// Shows a job's progress on one self-overwriting line of stderr, only when stderr is a terminal
// (scripts reading stderr get diagnostics, not a stream of carriage returns).
class ProgressPrinter
{
    Q_DECLARE_TR_FUNCTIONS(Lifeboat::ProgressPrinter)
public:
    explicit ProgressPrinter(CliStreams &streams);
    ~ProgressPrinter();

    void show(const JobProgress &progress);
    void finish();  // ends the line so later output starts clean

    static QString formatLine(const JobProgress &progress);

private:
    CliStreams &m_streams;
    qsizetype m_lastWidth = 0;
};

} // namespace Lifeboat
