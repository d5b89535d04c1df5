#include "app/cli/Cli.h"
#include "app/cli/CliCommands.h"

#include <QTest>

using namespace Lifeboat;

// Runs lifeboat-cli in-process and keeps what it printed.
struct CliRun
{
    ExitCode code = ExitCode::Failure;
    QString out;
    QString err;
};

static CliRun runCli(const QStringList &args)
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

class tst_Cli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void version();
    void debugInfo();
    void unknownCommandIsUsageError();
    void noArgumentsIsUsageError();
};

void tst_Cli::version()
{
    const CliRun run = runCli({QStringLiteral("--version")});
    QCOMPARE(run.code, ExitCode::Success);
    QVERIFY(run.out.startsWith(u"lifeboat-cli "));
    QVERIFY(run.err.isEmpty());
}

void tst_Cli::debugInfo()
{
    const CliRun run = runCli({QStringLiteral("--debug-info")});
    QCOMPARE(run.code, ExitCode::Success);
    for (const char *library : {"Qt:", "libusb:", "SQLite:", "libical:"})
        QVERIFY2(run.out.contains(QLatin1String(library)), library);
}

void tst_Cli::unknownCommandIsUsageError()
{
    const CliRun run = runCli({QStringLiteral("frobnicate")});
    QCOMPARE(run.code, ExitCode::Usage);
    QVERIFY(run.err.contains(u"frobnicate"));
    QVERIFY(run.out.isEmpty());
}

void tst_Cli::noArgumentsIsUsageError()
{
    QCOMPARE(runCli({}).code, ExitCode::Usage);
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
