#pragma once

#include "app/cli/CliCommand.h"
#include "model/archive/ArchiveTypes.h"

namespace Lifeboat {

// lifeboat-cli snapshots --archive FILE: every snapshot with its state and counts.
class SnapshotsCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Lifeboat::SnapshotsCommand)
public:
    QString name() const override { return QStringLiteral("snapshots"); }
    QString summary() const override { return tr("List the snapshots in an archive"); }
    ExitCode run(const QStringList &arguments, CliStreams &streams) override;

private:
    static QString stateText(SnapshotState state);  // translated, for the text table
};

} // namespace Lifeboat
