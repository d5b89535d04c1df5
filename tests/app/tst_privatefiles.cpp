#include "CliRunner.h"
#include "VirtualHandsetFixture.h"
#include "app/jobs/BackupJob.h"
#include "app/jobs/RestoreJob.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Lifeboat;
using namespace Lifeboat::TestSupport;

// Private by default (RELIABILITY.md): archives, their journals, copies, and exports (files and
// every folder an export creates) are readable by the owner only -- 0600 and 0700 -- even under
// a umask that lets everyone read everything.
class tst_PrivateFiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void archiveAndJournal();
    void exports_data();
    void exports();
    void copy();

private:
    static int modeOf(const QString &path);
    // Every entry under `root` whose mode is not 0600 (files) or 0700 (folders).
    static QStringList notPrivate(const QString &root);

    QTemporaryDir m_tmp;
    QString m_phone;
    QString m_archive;
    mode_t m_umask = 022;
};

int tst_PrivateFiles::modeOf(const QString &path)
{
    struct stat info {};
    if (::lstat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 07777);
}

QStringList tst_PrivateFiles::notPrivate(const QString &root)
{
    QStringList open;
    QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const int expected = QFileInfo(path).isDir() ? 0700 : 0600;
        if (modeOf(path) != expected)
            open << QStringLiteral("%1 %2").arg(modeOf(path), 4, 8, QLatin1Char('0')).arg(path);
    }
    return open;
}

void tst_PrivateFiles::initTestCase()
{
    m_umask = ::umask(0);  // everything anyone creates is world-writable unless chosen otherwise
    m_phone = m_tmp.filePath(QStringLiteral("phone"));
    QVERIFY(QDir().mkpath(m_phone));
    auto scratch = Archive::create(m_tmp.filePath(QStringLiteral("scratch.lifeboat")));
    QVERIFY(scratch);
    VirtualHandsetOptions demo;
    demo.demo.contacts = 5;
    demo.demo.events = 3;
    demo.demo.todos = 2;
    demo.demo.photos = 2;
    VirtualHandset source = openVirtualHandset(demo);
    const BackupReport made = BackupJob(*source.handset, **scratch).run();
    QCOMPARE(made.state, SnapshotState::Complete);
    VirtualHandset folder = openFolderHandset(m_phone, VirtualHandsetProfile::Kind::Lifeboat);
    QVERIFY(!RestoreJob(**scratch, made.snapshotId, *folder.handset).run().error);

    m_archive = m_tmp.filePath(QStringLiteral("private.lifeboat"));
    const CliRun run = runCli({QStringLiteral("backup"), QStringLiteral("--device"), QStringLiteral("virtual:") + m_phone,
                               QStringLiteral("--archive"), m_archive});
    QVERIFY2(run.code == ExitCode::Success, qPrintable(run.err));
}

void tst_PrivateFiles::cleanupTestCase()
{
    ::umask(m_umask);
}

void tst_PrivateFiles::archiveAndJournal()
{
    QCOMPARE(modeOf(m_archive), 0600);
    // The rollback journal (TRUNCATE mode keeps it) takes the archive's permissions.
    const QString journal = m_archive + QStringLiteral("-journal");
    if (QFileInfo::exists(journal))
        QCOMPARE(modeOf(journal), 0600);
    const QString created = m_tmp.filePath(QStringLiteral("created.lifeboat"));
    QVERIFY(Archive::create(created));
    QCOMPARE(modeOf(created), 0600);
}

void tst_PrivateFiles::exports_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::newRow("merged files") << QStringList{};
    QTest::newRow("mirror of the handset") << QStringList{QStringLiteral("--mirror")};
}

void tst_PrivateFiles::exports()
{
    QFETCH(QStringList, options);
    // Folders that do not exist yet, several levels deep: each one the export creates is private.
    const QString top = m_tmp.filePath(QStringLiteral("exports-%1").arg(QString::fromUtf8(QTest::currentDataTag()).replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]+")), QStringLiteral("-"))));
    const QString out = top + QStringLiteral("/a/b");
    const CliRun run = runCli(QStringList{QStringLiteral("export"), QStringLiteral("--archive"), m_archive,
                                          QStringLiteral("--out"), out} + options);
    QVERIFY2(run.code == ExitCode::Success, qPrintable(run.err));
    QVERIFY(filesUnder(out).size() >= 3);
    QCOMPARE(modeOf(top), 0700);
    const QStringList open = notPrivate(top);
    QVERIFY2(open.isEmpty(), qPrintable(open.join(u'\n')));
}

void tst_PrivateFiles::copy()
{
    const QString target = m_tmp.filePath(QStringLiteral("copy.lifeboat"));
    const CliRun run = runCli({QStringLiteral("copy"), QStringLiteral("--archive"), m_archive, QStringLiteral("--to"), target});
    QVERIFY2(run.code == ExitCode::Success, qPrintable(run.err));
    QCOMPARE(modeOf(target), 0600);
    // Replacing an existing, readable file leaves a private one.
    QFile::setPermissions(target, QFile::Permissions(0x7777));
    const CliRun again = runCli({QStringLiteral("copy"), QStringLiteral("--archive"), m_archive, QStringLiteral("--to"),
                                 target, QStringLiteral("--overwrite")});
    QVERIFY2(again.code == ExitCode::Success, qPrintable(again.err));
    QCOMPARE(modeOf(target), 0600);
}

QTEST_GUILESS_MAIN(tst_PrivateFiles)
#include "tst_privatefiles.moc"
