#pragma once

#include "app/cli/CliCommand.h"
#include "common/Result.h"

#include <QCommandLineParser>

#include <memory>

namespace Lifeboat {

class Archive;
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
    static Result<std::unique_ptr<Archive>> openOrCreate(const QString &path, bool encrypt,
                                                         const QCommandLineParser &parser,
                                                         const CliStreams &streams);
    static void printText(const BackupReport &report, const QString &archivePath, CliStreams &streams);
};

} // namespace Lifeboat
