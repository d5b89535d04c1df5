#include "CliRunner.h"
#include "app/cli/TerminalPrompt.h"

#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <poll.h>
#include <termios.h>
#include <stdlib.h>
#include <thread>
#include <unistd.h>

using namespace Lifeboat;
using namespace Lifeboat::TestSupport;

namespace {

// A pipe holding `text`, its read end handed to lifeboat-cli as --passphrase-fd.
class PipeFd
{
public:
    explicit PipeFd(const QByteArray &text)
    {
        if (::pipe(m_fds) == 0) {
            (void)!::write(m_fds[1], text.constData(), size_t(text.size()));
            ::close(m_fds[1]);
        }
    }
    ~PipeFd() { ::close(m_fds[0]); }
    QString number() const { return QString::number(m_fds[0]); }

private:
    int m_fds[2] = {-1, -1};
};

// Environment variables set for one scope.
class ScopedEnv
{
public:
    ScopedEnv(const char *name, const QByteArray &value) : m_name(name) { qputenv(name, value); }
    ~ScopedEnv() { qunsetenv(m_name); }

private:
    const char *m_name;
};

} // namespace

// Passphrases for encrypted archives: from a descriptor, the environment or a terminal without
// echo, never from an argument.
class tst_CliPassphrase : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void refusesArgument_data();
    void refusesArgument();
    void environment();
    void fileDescriptor();
    void changePassphrase();
    void encryptExistingPlainArchiveRefused();
    void copyNeedsNoPassphrase();
    void terminalPromptWithoutEcho();

private:
    QString archive() const { return m_tmp.filePath(QStringLiteral("secret.lifeboat")); }
    QStringList snapshots() const
    {
        return {QStringLiteral("snapshots"), QStringLiteral("--archive"), archive()};
    }
    QTemporaryDir m_tmp;
};

void tst_CliPassphrase::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    qunsetenv("LIFEBOAT_PASSPHRASE");
    qunsetenv("LIFEBOAT_NEW_PASSPHRASE");
    ScopedEnv env("LIFEBOAT_NEW_PASSPHRASE", "first passphrase");
    const CliRun backup = runCli({QStringLiteral("backup"), QStringLiteral("--device"),
                                  QStringLiteral("demo"), QStringLiteral("--kinds"),
                                  QStringLiteral("contacts"), QStringLiteral("--archive"), archive(),
                                  QStringLiteral("--encrypt")});
    QVERIFY2(backup.code == ExitCode::Success, qPrintable(backup.err + backup.out));
}

void tst_CliPassphrase::refusesArgument_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("snapshots --passphrase") << QStringList{QStringLiteral("snapshots"), QStringLiteral("--archive"), archive(), QStringLiteral("--passphrase"), QStringLiteral("first passphrase")};
    QTest::newRow("snapshots --passphrase=") << QStringList{QStringLiteral("snapshots"), QStringLiteral("--archive"), archive(), QStringLiteral("--passphrase=first passphrase")};
    QTest::newRow("verify --password") << QStringList{QStringLiteral("verify"), QStringLiteral("--archive"), archive(), QStringLiteral("--password"), QStringLiteral("x")};
    QTest::newRow("backup --encrypt --passphrase") << QStringList{QStringLiteral("backup"), QStringLiteral("--device"), QStringLiteral("demo"), QStringLiteral("--archive"), m_tmp.filePath(QStringLiteral("never.lifeboat")), QStringLiteral("--encrypt"), QStringLiteral("--passphrase"), QStringLiteral("x")};
    QTest::newRow("passphrase --new-passphrase") << QStringList{QStringLiteral("passphrase"), QStringLiteral("--archive"), archive(), QStringLiteral("--new-passphrase"), QStringLiteral("x")};
}

void tst_CliPassphrase::refusesArgument()
{
    QFETCH(QStringList, arguments);
    const CliRun run = runCli(arguments);
    QCOMPARE(run.code, ExitCode::Usage);
    QVERIFY2(run.err.contains(u"never taken from the command line"), qPrintable(run.err));
    QVERIFY(run.err.contains(u"--passphrase-fd"));
    QVERIFY(!QFile::exists(m_tmp.filePath(QStringLiteral("never.lifeboat"))));
}

void tst_CliPassphrase::environment()
{
    const CliRun none = runCli(snapshots());
    QCOMPARE(none.code, ExitCode::Passphrase);
    QVERIFY2(none.err.contains(u"encrypted") && none.err.contains(u"LIFEBOAT_PASSPHRASE"),
             qPrintable(none.err));
    {
        ScopedEnv env("LIFEBOAT_PASSPHRASE", "wrong passphrase");
        const CliRun wrong = runCli(snapshots());
        QCOMPARE(wrong.code, ExitCode::Passphrase);
        QVERIFY2(wrong.err.contains(u"wrong"), qPrintable(wrong.err));
    }
    ScopedEnv env("LIFEBOAT_PASSPHRASE", "first passphrase");
    const CliRun right = runCli(snapshots());
    QVERIFY2(right.code == ExitCode::Success, qPrintable(right.err));
    QVERIFY(right.out.contains(u"complete"));
}

// Saving a copy moves the file's bytes as they are: no key is needed, and the copy stays
// encrypted under the same passphrase.
void tst_CliPassphrase::copyNeedsNoPassphrase()
{
    const QString copy = m_tmp.filePath(QStringLiteral("saved-copy.lifeboat"));
    const CliRun copied = runCli({QStringLiteral("copy"), QStringLiteral("--archive"), archive(),
                                  QStringLiteral("--to"), copy});
    QVERIFY2(copied.code == ExitCode::Success, qPrintable(copied.err));
    const CliRun locked = runCli({QStringLiteral("snapshots"), QStringLiteral("--archive"), copy});
    QCOMPARE(locked.code, ExitCode::Passphrase);
    ScopedEnv env("LIFEBOAT_PASSPHRASE", "first passphrase");
    const CliRun verified = runCli({QStringLiteral("verify"), QStringLiteral("--archive"), copy});
    QVERIFY2(verified.code == ExitCode::Success, qPrintable(verified.err + verified.out));
}

void tst_CliPassphrase::fileDescriptor()
{
    PipeFd fd("first passphrase\n");
    const CliRun run = runCli(snapshots() << QStringLiteral("--passphrase-fd") << fd.number());
    QVERIFY2(run.code == ExitCode::Success, qPrintable(run.err));
    // The descriptor wins over the environment.
    ScopedEnv env("LIFEBOAT_PASSPHRASE", "first passphrase");
    PipeFd wrong("not it");
    QCOMPARE(runCli(snapshots() << QStringLiteral("--passphrase-fd") << wrong.number()).code,
             ExitCode::Passphrase);
    QCOMPARE(runCli(snapshots() << QStringLiteral("--passphrase-fd") << QStringLiteral("x")).code,
             ExitCode::Usage);
}

void tst_CliPassphrase::changePassphrase()
{
    const QString copy = m_tmp.filePath(QStringLiteral("copy.lifeboat"));
    QVERIFY(QFile::copy(archive(), copy));
    // Current and new passphrase share one descriptor, a line each.
    PipeFd fd("first passphrase\nsecond passphrase\n");
    const CliRun changed = runCli({QStringLiteral("passphrase"), QStringLiteral("--archive"), copy,
                                   QStringLiteral("--passphrase-fd"), fd.number(),
                                   QStringLiteral("--new-passphrase-fd"), fd.number()});
    QVERIFY2(changed.code == ExitCode::Success, qPrintable(changed.err));
    QVERIFY(changed.out.contains(u"was changed"));
    const QStringList list{QStringLiteral("snapshots"), QStringLiteral("--archive"), copy};
    {
        ScopedEnv env("LIFEBOAT_PASSPHRASE", "first passphrase");
        QCOMPARE(runCli(list).code, ExitCode::Passphrase);
    }
    ScopedEnv env("LIFEBOAT_PASSPHRASE", "second passphrase");
    QCOMPARE(runCli(list).code, ExitCode::Success);
    // No new passphrase from anywhere: a clear error, nothing changed.
    const CliRun missing = runCli({QStringLiteral("passphrase"), QStringLiteral("--archive"), copy});
    QCOMPARE(missing.code, ExitCode::Passphrase);
    QVERIFY2(missing.err.contains(u"LIFEBOAT_NEW_PASSPHRASE"), qPrintable(missing.err));
}

void tst_CliPassphrase::encryptExistingPlainArchiveRefused()
{
    const QString plain = m_tmp.filePath(QStringLiteral("plain.lifeboat"));
    QCOMPARE(runCli({QStringLiteral("backup"), QStringLiteral("--device"), QStringLiteral("demo"),
                     QStringLiteral("--kinds"), QStringLiteral("contacts"),
                     QStringLiteral("--archive"), plain}).code,
             ExitCode::Success);
    ScopedEnv env("LIFEBOAT_NEW_PASSPHRASE", "x");
    const CliRun run = runCli({QStringLiteral("backup"), QStringLiteral("--device"),
                               QStringLiteral("demo"), QStringLiteral("--kinds"),
                               QStringLiteral("contacts"), QStringLiteral("--archive"), plain,
                               QStringLiteral("--encrypt")});
    QCOMPARE(run.code, ExitCode::Usage);
    QVERIFY2(run.err.contains(u"not encrypted"), qPrintable(run.err));
    const CliRun change = runCli({QStringLiteral("passphrase"), QStringLiteral("--archive"), plain});
    QCOMPARE(change.code, ExitCode::Usage);
}

void tst_CliPassphrase::terminalPromptWithoutEcho()
{
    const int master = ::posix_openpt(O_RDWR | O_NOCTTY);
    QVERIFY(master >= 0);
    QCOMPARE(::grantpt(master), 0);
    QCOMPARE(::unlockpt(master), 0);
    const int terminal = ::open(::ptsname(master), O_RDWR | O_NOCTTY);
    QVERIFY(terminal >= 0);

    Result<SecretBytes> secret = Error(ErrorCode::Internal, QString());
    std::thread reader([&] { secret = TerminalPrompt::readSecret(terminal, QStringLiteral("Passphrase: ")); });
    // Type only once the prompt is shown (echo is off by then), as a person would.
    QByteArray shown;
    while (!shown.contains("Passphrase: ")) {
        pollfd p{master, POLLIN, 0};
        QVERIFY(::poll(&p, 1, 5000) == 1);
        char buffer[256];
        const ssize_t n = ::read(master, buffer, sizeof buffer);
        QVERIFY(n > 0);
        shown.append(buffer, n);
    }
    QCOMPARE(::write(master, "typed secret\n", 13), ssize_t(13));
    reader.join();
    QVERIFY(secret);
    QCOMPARE(QByteArray(secret->constChars(), secret->size()), QByteArray("typed secret"));
    // What the terminal showed after the prompt: the newline, never the secret.
    pollfd p{master, POLLIN, 0};
    if (::poll(&p, 1, 200) == 1) {
        char buffer[256];
        const ssize_t n = ::read(master, buffer, sizeof buffer);
        if (n > 0)
            shown.append(buffer, n);
    }
    QVERIFY2(!shown.contains("typed secret"), shown.constData());
    // Echo is back on afterwards.
    termios after {};
    QCOMPARE(::tcgetattr(terminal, &after), 0);
    QVERIFY(after.c_lflag & ECHO);
    ::close(terminal);
    ::close(master);
}

QTEST_GUILESS_MAIN(tst_CliPassphrase)
#include "tst_clipassphrase.moc"
