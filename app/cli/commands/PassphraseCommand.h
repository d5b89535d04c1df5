#pragma once

#include "app/cli/CliCommand.h"

namespace Lifeboat {

// lifeboat-cli passphrase --archive FILE: changes the passphrase of an encrypted archive.
// Only the archive key is re-wrapped, so it takes seconds whatever the archive's size.
class PassphraseCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Lifeboat::PassphraseCommand)
public:
    QString name() const override { return QStringLiteral("passphrase"); }
    QString summary() const override { return tr("Change the passphrase of an encrypted archive"); }
    ExitCode run(const QStringList &arguments, CliStreams &streams) override;
};

} // namespace Lifeboat
