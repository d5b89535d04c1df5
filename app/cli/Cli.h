#pragma once

#include "app/cli/CliCommand.h"

#include <memory>
#include <vector>

namespace Lifeboat {

// lifeboat-cli: global options (--help, --version, --debug-info) and a registry of sub-commands.
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Lifeboat::Cli)
public:
    Cli();
    ~Cli();
    Q_DISABLE_COPY_MOVE(Cli)

    void addCommand(std::unique_ptr<CliCommand> command);
    // `arguments` as QCoreApplication::arguments(): the program name first.
    ExitCode run(const QStringList &arguments, CliStreams &streams);

private:
    void printHelp(QTextStream &stream) const;
    CliCommand *find(const QString &name) const;

    std::vector<std::unique_ptr<CliCommand>> m_commands;
};

} // namespace Lifeboat
