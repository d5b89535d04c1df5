#pragma once

#include "app/cli/CliCommand.h"

namespace Lifeboat {

// lifeboat-cli copy --archive FILE --to FILE: "Save a copy" through SQLite's online backup API,
// safe while a backup writes to the archive.
class CopyCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Lifeboat::CopyCommand)
public:
    QString name() const override { return QStringLiteral("copy"); }
    QString summary() const override { return tr("Save a consistent copy of an archive"); }
    ExitCode run(const QStringList &arguments, CliStreams &streams) override;
};

} // namespace Lifeboat
