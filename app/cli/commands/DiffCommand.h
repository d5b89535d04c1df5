#pragma once

#include "app/cli/CliCommand.h"

namespace Lifeboat {

// lifeboat-cli diff --archive FILE [FROM [TO]]: what changed between two snapshots; by default
// the latest complete snapshot against the one before it.
class DiffCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Lifeboat::DiffCommand)
public:
    QString name() const override { return QStringLiteral("diff"); }
    QString summary() const override { return tr("Show what changed between two snapshots"); }
    ExitCode run(const QStringList &arguments, CliStreams &streams) override;
};

} // namespace Lifeboat
