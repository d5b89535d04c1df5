#include "CliRunner.h"

#include <QTest>

using namespace Lifeboat;
using namespace Lifeboat::TestSupport;

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
