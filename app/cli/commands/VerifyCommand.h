#pragma once

#include "app/cli/CliCommand.h"
#include "model/archive/Archive.h"

namespace Lifeboat {

// lifeboat-cli verify --archive FILE: reads the whole archive back and checks every hash.
class VerifyCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Lifeboat::VerifyCommand)
public:
    QString name() const override { return QStringLiteral("verify"); }
    QString summary() const override { return tr("Check an archive for damage"); }
    ExitCode run(const QStringList &arguments, CliStreams &streams) override;

private:
    // Which items of which snapshot are damaged, one snapshot at a time.
    static void printDamage(const VerifyReport &report, Archive &archive, CliStreams &streams);
};

} // namespace Lifeboat
