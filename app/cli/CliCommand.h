#pragma once

#include "app/cli/ExitCode.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace Lifeboat {

enum class OutputFormat { Text, Json };

// Where a command writes, swappable so that tests run commands in-process and read the output.
struct CliStreams
{
    QTextStream &out;          // data: the result of the command
    QTextStream &err;          // diagnostics and progress
    bool errIsTerminal = false;  // progress only goes to a terminal
    bool mayPrompt = false;      // a passphrase may be asked for on the terminal (never in tests)
};

// One lifeboat-cli sub-command. Commands are registered in CliRegistry; each parses its own
// options with QCommandLineParser and returns an ExitCode.
class CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(Lifeboat::CliCommand)
public:
    virtual ~CliCommand() = default;

    virtual QString name() const = 0;
    virtual QString summary() const = 0;  // one translated line for `lifeboat-cli --help`
    // `arguments` starts with the command's name.
    virtual ExitCode run(const QStringList &arguments, CliStreams &streams) = 0;
};

} // namespace Lifeboat
