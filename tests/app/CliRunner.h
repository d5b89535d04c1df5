#pragma once

#include "app/cli/Cli.h"
#include "app/cli/CliCommands.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace Lifeboat::TestSupport {

// Runs lifeboat-cli in-process and keeps what it printed.
struct CliRun
{
    ExitCode code = ExitCode::Failure;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

inline CliRun runCli(const QStringList &args)
{
    CliRun run;
    QTextStream out(&run.out);
    QTextStream err(&run.err);
    CliStreams streams{out, err, false};
    Cli cli;
    registerCliCommands(cli);
    run.code = cli.run(QStringList{QStringLiteral("lifeboat-cli")} + args, streams);
    out.flush();
    err.flush();
    return run;
}

} // namespace Lifeboat::TestSupport
