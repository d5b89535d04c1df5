#pragma once

#include "app/cli/CliCommand.h"

namespace Lifeboat {

class Archive;
struct SnapshotInfo;

// lifeboat-cli show: what a snapshot holds, one kind or all, or what matches a search.
class ShowCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Lifeboat::ShowCommand)
public:
    QString name() const override { return QStringLiteral("show"); }
    QString summary() const override { return tr("Show the contacts, events, to-dos or photos of a snapshot"); }
    ExitCode run(const QStringList &arguments, CliStreams &streams) override;

private:
    ExitCode search(Archive &archive, const SnapshotInfo &snapshot, const QString &text,
                    OutputFormat format, CliStreams &streams);
};

} // namespace Lifeboat
