#include "CliRunner.h"
#include "VirtualHandsetFixture.h"
#include "app/jobs/BackupJob.h"
#include "app/jobs/RestoreJob.h"

#include <QTemporaryDir>
#include <QTest>
#include <QDeadlineTimer>
#include <QThread>

#include <atomic>
#include <sys/stat.h>
#include <thread>

using namespace Lifeboat;
using namespace Lifeboat::TestSupport;

namespace {

int modeOf(const QString &path)
{
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 07777);
}

} // namespace

// "Save a copy" (Archive::saveCopy, lifeboat-cli copy): SQLite's online backup API, safe while a
// backup writes to the archive from another connection. Every copy opens, passes verify, and
// holds complete snapshots only when they are whole.
class tst_ArchiveCopy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void copyWhileBackupRuns();
    void cliCopy();
    void refusesBadTargets();

private:
    // Opens the copy and checks the oracle: verify passes, snapshot 1 is complete and every
    // content of every complete snapshot reads back; returns the ids of the complete snapshots.
    QList<qint64> checkCopy(const QString &path);

    QTemporaryDir m_tmp;
    QString m_phone;
    QString m_archive;
};

void tst_ArchiveCopy::initTestCase()
{
    m_phone = m_tmp.filePath(QStringLiteral("phone"));
    QVERIFY(QDir().mkpath(m_phone));
    auto scratch = Archive::create(m_tmp.filePath(QStringLiteral("scratch.lifeboat")));
    QVERIFY(scratch);
    VirtualHandsetOptions demo;
    demo.demo.contacts = 20;
    demo.demo.events = 5;
    demo.demo.todos = 5;
    demo.demo.photos = 14;
    demo.demo.photoSize = 1536 * 1024;
    VirtualHandset source = openVirtualHandset(demo);
    const BackupReport made = BackupJob(*source.handset, **scratch).run();
    QCOMPARE(made.state, SnapshotState::Complete);
    VirtualHandset folder = openFolderHandset(m_phone, VirtualHandsetProfile::Kind::Lifeboat);
    QVERIFY(!RestoreJob(**scratch, made.snapshotId, *folder.handset).run().error);

    m_archive = m_tmp.filePath(QStringLiteral("live.lifeboat"));
    const CliRun contacts = runCli({QStringLiteral("backup"), QStringLiteral("--device"), QStringLiteral("virtual:") + m_phone,
                                    QStringLiteral("--archive"), m_archive, QStringLiteral("--kinds"),
                                    QStringLiteral("contacts")});
    QCOMPARE(contacts.code, ExitCode::Success);
}

QList<qint64> tst_ArchiveCopy::checkCopy(const QString &path)
{
    QList<qint64> complete;
    auto copy = Archive::open(path, Archive::OpenMode::ReadOnly);
    if (!copy) {
        qWarning() << copy.error().toString();
        return {};
    }
    const auto report = (*copy)->verify();
    if (!report || !report->ok()) {
        qWarning() << (report ? report->problems.join(u'\n') : report.error().toString());
        return {};
    }
    const auto snapshots = (*copy)->snapshots();
    if (!snapshots)
        return {};
    for (const SnapshotInfo &info : *snapshots) {
        if (info.state != SnapshotState::Complete)
            continue;
        const auto objects = (*copy)->snapshotObjects(info.id);
        if (!objects || objects->size() != info.objectCount)
            return {};
        for (const ObjectRecord &object : *objects) {
            QByteArray bytes;
            const Status read = (*copy)->readContent(object.contentHash, [&](const char *data, qsizetype size) {
                bytes.append(data, size);
                return Status();
            });
            QFile original(m_phone + u'/' + object.path());
            if (!read || !original.open(QIODevice::ReadOnly) || original.readAll() != bytes) {
                qWarning() << "snapshot" << info.id << "object" << object.path() << "differs";
                return {};
            }
        }
        complete.append(info.id);
    }
    return complete;
}

void tst_ArchiveCopy::copyWhileBackupRuns()
{
    // A backup of 14 photos writes on its own connection in another thread...
    std::atomic<quint64> backedUp{0};
    std::atomic_bool done{false};
    std::atomic_int copiesTaken{0};
    SnapshotState state = SnapshotState::Running;
    std::thread writer([&] {
        auto archive = Archive::open(m_archive);
        VirtualHandset phone = openFolderHandset(m_phone, VirtualHandsetProfile::Kind::Lifeboat);
        if (archive && phone.handset) {
            BackupOptions options;
            options.commitEveryObjects = 2;  // many commits, each restarting a copy under way
            BackupJob job(*phone.handset, **archive, options);
            job.setProgressHandler([&](const JobProgress &progress) {
                backedUp = progress.bytesDone;
                // However fast the backup runs, two copies are taken before it ends: past 12 of
                // its 21 MB it waits for them (the first ones run while it writes and commits).
                const QDeadlineTimer patience(30'000);
                while (progress.bytesDone >= 12'000'000 && copiesTaken.load() < 2
                       && !patience.hasExpired())
                    QThread::msleep(5);
            });
            state = job.run().state;
        }
        done = true;
    });
    // ...while copies are saved from this one.
    while (backedUp.load() < 2'000'000 && !done.load())
        QThread::msleep(5);
    QVERIFY2(!done.load(), "the backup finished before a copy could start");
    auto source = Archive::open(m_archive, Archive::OpenMode::ReadOnly);
    QVERIFY(source);
    QStringList copies;
    int duringBackup = 0;
    while (copies.size() < 8) {
        const QString target = m_tmp.filePath(QStringLiteral("copy-%1.lifeboat").arg(copies.size()));
        quint64 lastDone = 0;
        const Status saved = (*source)->saveCopy(target, [&](quint64 doneBytes, quint64) { lastDone = doneBytes; });
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().toString()));
        QVERIFY(lastDone > 0);
        copies << target;
        const bool backupEnded = done.load();
        if (!backupEnded)
            ++duringBackup;
        ++copiesTaken;  // after counting: the backup may go on and end from here
        if (backupEnded)
            break;
    }
    writer.join();
    QCOMPARE(state, SnapshotState::Complete);
    QVERIFY2(duringBackup >= 2, qPrintable(QString::number(duringBackup)));

    // Each copy is consistent; the newest snapshot is complete only in copies taken after it was.
    for (const QString &copy : std::as_const(copies)) {
        QCOMPARE(modeOf(copy), 0600);
        const QList<qint64> complete = checkCopy(copy);
        QVERIFY2(complete.contains(1), qPrintable(copy));
    }
    const QString after = m_tmp.filePath(QStringLiteral("copy-after.lifeboat"));
    QVERIFY((*source)->saveCopy(after));
    QCOMPARE(checkCopy(after), (QList<qint64>{1, 2}));
    // No temporary files are left next to the copies.
    const QStringList leftovers = QDir(m_tmp.path()).entryList({QStringLiteral("*.partial*")}, QDir::Files | QDir::Hidden);
    QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(u' ')));
}

void tst_ArchiveCopy::cliCopy()
{
    const QString target = m_tmp.filePath(QStringLiteral("cli-copy.lifeboat"));
    const CliRun run = runCli({QStringLiteral("copy"), QStringLiteral("--archive"), m_archive, QStringLiteral("--to"),
                               target, QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(run.code == ExitCode::Success, qPrintable(run.err));
    QCOMPARE(run.json().value(u"copy").toString(), target);
    QCOMPARE(run.json().value(u"bytes").toInteger(), QFileInfo(target).size());
    QCOMPARE(modeOf(target), 0600);
    QVERIFY(!checkCopy(target).isEmpty());

    const CliRun again = runCli({QStringLiteral("copy"), QStringLiteral("--archive"), m_archive, QStringLiteral("--to"), target});
    QCOMPARE(again.code, ExitCode::Usage);
    QVERIFY2(again.err.contains(u"--overwrite"), qPrintable(again.err));
    const CliRun overwrite = runCli({QStringLiteral("copy"), QStringLiteral("--archive"), m_archive, QStringLiteral("--to"),
                                     target, QStringLiteral("--overwrite")});
    QCOMPARE(overwrite.code, ExitCode::Success);
    QVERIFY2(overwrite.out.contains(u"Saved a copy"), qPrintable(overwrite.out));
    const CliRun verify = runCli({QStringLiteral("verify"), QStringLiteral("--archive"), target});
    QCOMPARE(verify.code, ExitCode::Success);
}

void tst_ArchiveCopy::refusesBadTargets()
{
    const CliRun onto = runCli({QStringLiteral("copy"), QStringLiteral("--archive"), m_archive, QStringLiteral("--to"),
                                m_archive, QStringLiteral("--overwrite")});
    QCOMPARE(onto.code, ExitCode::Usage);
    QVERIFY2(onto.err.contains(u"onto itself"), qPrintable(onto.err));
    const CliRun missingFolder = runCli({QStringLiteral("copy"), QStringLiteral("--archive"), m_archive, QStringLiteral("--to"),
                                         m_tmp.filePath(QStringLiteral("absent/copy.lifeboat"))});
    QCOMPARE(missingFolder.code, ExitCode::Archive);
    QVERIFY2(missingFolder.err.contains(u"cannot be created"), qPrintable(missingFolder.err));
    const CliRun noArchive = runCli({QStringLiteral("copy"), QStringLiteral("--archive"), m_tmp.filePath(QStringLiteral("none")),
                                     QStringLiteral("--to"), m_tmp.filePath(QStringLiteral("x.lifeboat"))});
    QCOMPARE(noArchive.code, ExitCode::Archive);
    QVERIFY(!QFileInfo::exists(m_tmp.filePath(QStringLiteral("x.lifeboat"))));
}

QTEST_GUILESS_MAIN(tst_ArchiveCopy)
#include "tst_archivecopy.moc"
