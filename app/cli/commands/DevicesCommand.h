#pragma once

#include "app/cli/CliCommand.h"

namespace Lifeboat {

// lifeboat-cli devices: the handsets connected over USB.
class DevicesCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Lifeboat::DevicesCommand)
public:
    QString name() const override { return QStringLiteral("devices"); }
    QString summary() const override { return tr("List the handsets connected over USB"); }
    ExitCode run(const QStringList &arguments, CliStreams &streams) override;
};

} // namespace Lifeboat
