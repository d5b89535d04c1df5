#pragma once

#include "app/cli/CliCommand.h"

namespace Lifeboat {

struct RestoreReport;

// lifeboat-cli restore: puts a snapshot back onto a handset.
class RestoreCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Lifeboat::RestoreCommand)
public:
    QString name() const override { return QStringLiteral("restore"); }
    QString summary() const override { return tr("Restore a snapshot onto a handset"); }
    ExitCode run(const QStringList &arguments, CliStreams &streams) override;

private:
    static void printText(const RestoreReport &report, CliStreams &streams);
};

} // namespace Lifeboat
