#pragma once

#include "app/cli/CliCommand.h"

namespace Lifeboat {

struct BackupReport;

// lifeboat-cli backup --device ...: a new snapshot of a handset.
class BackupCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Lifeboat::BackupCommand)
public:
    QString name() const override { return QStringLiteral("backup"); }
    QString summary() const override { return tr("Back up a handset into its archive"); }
    ExitCode run(const QStringList &arguments, CliStreams &streams) override;

private:
    static void printText(const BackupReport &report, const QString &archivePath, CliStreams &streams);
};

} // namespace Lifeboat
