#include "ArchiveOracle.h"
#include "CliRunner.h"
#include "VirtualHandsetFixture.h"
#include "app/jobs/BackupJob.h"
#include "app/jobs/RestoreJob.h"

#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <fiu-control.h>
#include <fiu.h>

#include <atomic>
#include <cerrno>
#include <fcntl.h>
#include <thread>
#include <unistd.h>

using namespace Lifeboat;
using namespace Lifeboat::TestSupport;

namespace {

// Faults injected with libfiu's POSIX wrappers (LD_PRELOAD=fiu_posix_preload.so, set by ctest):
// from the `failAt`-th call of one libc function on the armed thread on, every call fails with
// `error` -- a disk that is full stays full, a failing one keeps failing. failAt 0 only counts.
// Counting calls, not time, makes every point deterministic.
struct Fault
{
    static inline std::atomic<int> calls{0};
    static inline int failAt = 0;
    static inline int error = 0;
    static inline std::thread::id thread;

    static int decide(const char *, int *, void **failinfo, unsigned int *)
    {
        if (std::this_thread::get_id() != thread)
            return 0;
        const int n = calls.fetch_add(1) + 1;
        if (failAt == 0 || n < failAt)
            return 0;
        *failinfo = reinterpret_cast<void *>(static_cast<intptr_t>(error));
        return 1;
    }

    static void arm(const char *point, int at, int errorNumber)
    {
        calls = 0;
        failAt = at;
        error = errorNumber;
        thread = std::this_thread::get_id();
        fiu_enable_external(point, 1, reinterpret_cast<void *>(static_cast<intptr_t>(errorNumber)), 0,
                            &Fault::decide);
    }
    static int disarm(const char *point)
    {
        fiu_disable(point);
        return calls.load();
    }
};

const char *const WritePoint = "posix/io/rw/pwrite";     // SQLite writes pages with pwrite64
const char *const SyncPoint = "posix/io/sync/fdatasync"; // and syncs with fdatasync
const char *const FileWritePoint = "posix/io/rw/write";  // QSaveFile writes with write
const char *const FileSyncPoint = "posix/io/sync/fsync";
const char *const OpenPoint = "posix/io/oc/open";       // QSaveFile's unnamed temporary file

} // namespace

// Disk full (ENOSPC) and I/O errors (EIO) on the computer's side, injected at points spread over
// a backup and an export (RELIABILITY.md): each run fails with a clear message and a non-zero
// exit code; the archive passes the oracle and, once the disk is healthy again, the next backup
// completes; a failing sync is never reported as success.
class tst_DiskFaults : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void backupFault_data();
    void backupFault();
    void exportFault_data();
    void exportFault();
    void faultInAnotherProcess_data();
    void faultInAnotherProcess();

private:
    CliRun backup(const QString &archive);
    CliRun exportTo(const QString &folder);
    void checkOracle(const QString &archive);

    QTemporaryDir m_tmp;
    QString m_phone;
    QString m_baseline;  // one complete snapshot: contacts only, so a backup has photos to add
    QString m_full;      // its snapshot 2 holds everything: the exports write it out
    QMap<QString, QByteArray> m_baselineFiles;
    QMap<QString, QByteArray> m_cleanExport;
    int m_backupWrites = 0;
    int m_backupSyncs = 0;
    int m_exportWrites = 0;
    int m_exportSyncs = 0;
    int m_exportOpens = 0;
};

CliRun tst_DiskFaults::backup(const QString &archive)
{
    return runCli({QStringLiteral("backup"), QStringLiteral("--device"), QStringLiteral("virtual:") + m_phone,
                   QStringLiteral("--archive"), archive, QStringLiteral("--format"), QStringLiteral("json")});
}

CliRun tst_DiskFaults::exportTo(const QString &folder)
{
    return runCli({QStringLiteral("export"), QStringLiteral("--archive"), m_full, QStringLiteral("--snapshot"),
                   QStringLiteral("2"), QStringLiteral("--out"), folder, QStringLiteral("--mirror")});
}

void tst_DiskFaults::initTestCase()
{
    fiu_init(0);
    // Proof that the wrappers are in place: a sync armed to fail fails.
    const QString probe = m_tmp.filePath(QStringLiteral("probe"));
    const int fd = ::open(QFile::encodeName(probe).constData(), O_CREAT | O_WRONLY, 0600);
    QVERIFY(fd >= 0);
    Fault::arm(SyncPoint, 1, EIO);
    const int rc = ::fdatasync(fd);
    Fault::disarm(SyncPoint);
    ::close(fd);
    QVERIFY2(rc == -1 && errno == EIO,
             "libfiu's POSIX wrappers are not loaded: run through ctest, or set "
             "LD_PRELOAD=/usr/lib/fiu/fiu_posix_preload.so");

    m_phone = m_tmp.filePath(QStringLiteral("phone"));
    QVERIFY(QDir().mkpath(m_phone));
    {
        auto scratch = Archive::create(m_tmp.filePath(QStringLiteral("scratch.lifeboat")));
        QVERIFY(scratch);
        VirtualHandsetOptions demo;
        demo.demo.contacts = 20;
        demo.demo.events = 10;
        demo.demo.todos = 5;
        demo.demo.photos = 5;
        demo.demo.photoSize = 1536 * 1024;
        VirtualHandset source = openVirtualHandset(demo);
        const BackupReport made = BackupJob(*source.handset, **scratch).run();
        QCOMPARE(made.state, SnapshotState::Complete);
        VirtualHandset folder = openFolderHandset(m_phone, VirtualHandsetProfile::Kind::Lifeboat);
        QVERIFY(!RestoreJob(**scratch, made.snapshotId, *folder.handset).run().error);
    }
    m_baseline = m_tmp.filePath(QStringLiteral("baseline.lifeboat"));
    const CliRun contacts = runCli({QStringLiteral("backup"), QStringLiteral("--device"),
                                    QStringLiteral("virtual:") + m_phone, QStringLiteral("--archive"), m_baseline,
                                    QStringLiteral("--kinds"), QStringLiteral("contacts")});
    QCOMPARE(contacts.code, ExitCode::Success);
    m_baselineFiles = filesOfFolders(m_phone, {QStringLiteral("Contacts")});
    QCOMPARE(m_baselineFiles.size(), 20);

    // A clean run of each, counting the calls the faults below are placed among.
    const QString measured = m_tmp.filePath(QStringLiteral("measured.lifeboat"));
    QVERIFY(QFile::copy(m_baseline, measured));
    Fault::arm(WritePoint, 0, 0);
    QCOMPARE(backup(measured).code, ExitCode::Success);
    m_backupWrites = Fault::disarm(WritePoint);
    QVERIFY(QFile::remove(measured) && QFile::copy(m_baseline, measured));
    Fault::arm(SyncPoint, 0, 0);
    QCOMPARE(backup(measured).code, ExitCode::Success);
    m_backupSyncs = Fault::disarm(SyncPoint);
    QVERIFY2(m_backupWrites > 100 && m_backupSyncs >= 4,
             qPrintable(QStringLiteral("%1 writes, %2 syncs").arg(m_backupWrites).arg(m_backupSyncs)));

    // The export is a mirror of the snapshot of everything the measured run made.
    m_full = measured;
    const QString clean = m_tmp.filePath(QStringLiteral("clean-export"));
    Fault::arm(FileWritePoint, 0, 0);
    QCOMPARE(exportTo(clean).code, ExitCode::Success);
    m_exportWrites = Fault::disarm(FileWritePoint);
    const QString clean2 = m_tmp.filePath(QStringLiteral("clean-export-2"));
    Fault::arm(FileSyncPoint, 0, 0);
    QCOMPARE(exportTo(clean2).code, ExitCode::Success);
    m_exportSyncs = Fault::disarm(FileSyncPoint);
    const QString clean3 = m_tmp.filePath(QStringLiteral("clean-export-3"));
    Fault::arm(OpenPoint, 0, 0);
    QCOMPARE(exportTo(clean3).code, ExitCode::Success);
    m_exportOpens = Fault::disarm(OpenPoint);
    m_cleanExport = filesUnder(clean);
    QVERIFY(m_cleanExport.size() > 30);
    QVERIFY2(m_exportWrites >= m_cleanExport.size() && m_exportSyncs >= m_cleanExport.size()
                 && m_exportOpens >= m_cleanExport.size(),
             qPrintable(QStringLiteral("%1 writes, %2 syncs, %3 opens for %4 files")
                            .arg(m_exportWrites).arg(m_exportSyncs).arg(m_exportOpens).arg(m_cleanExport.size())));
}

void tst_DiskFaults::checkOracle(const QString &archivePath)
{
    auto archive = Archive::open(archivePath, Archive::OpenMode::ReadOnly);
    QVERIFY2(archive, qPrintable(archive ? QString() : archive.error().toString()));
    const auto verified = (*archive)->verify();
    QVERIFY(verified);
    QVERIFY2(verified->ok(), qPrintable(verified->problems.join(u'\n')));
    const auto snapshots = (*archive)->snapshots();
    QVERIFY(snapshots);
    QVERIFY(!snapshots->isEmpty());
    QList<qint64> complete;
    for (const SnapshotInfo &info : *snapshots) {
        if (info.state == SnapshotState::Complete)
            complete.append(info.id);
    }
    QVERIFY(complete.contains(1));
    archive->reset();
    static int restores = 0;
    for (const qint64 id : std::as_const(complete)) {
        // The run failed, yet its snapshot may have become complete: a sync that failed after
        // the completing commit reached the file (the journal's truncation) is still reported
        // as a failure. Then that snapshot must be whole.
        QString problem;
        const auto restored = restoreSnapshot(archivePath, id,
                                              m_tmp.filePath(QStringLiteral("restored-%1").arg(++restores)), &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(restored, id == 1 ? m_baselineFiles : filesUnder(m_phone));
    }
}

void tst_DiskFaults::backupFault_data()
{
    QTest::addColumn<QByteArray>("point");
    QTest::addColumn<double>("where");  // fraction of the clean run's calls; 1: the last one
    QTest::addColumn<int>("error");
    for (const double where : {0.0, 0.5, 1.0})
        QTest::addRow("disk full at %d%% of the writes", int(where * 100)) << QByteArray(WritePoint) << where << ENOSPC;
    QTest::addRow("I/O error at 70%% of the writes") << QByteArray(WritePoint) << 0.7 << EIO;
    for (const double where : {0.0, 0.5, 1.0})
        QTest::addRow("sync fails at %d%% of the syncs", int(where * 100)) << QByteArray(SyncPoint) << where << EIO;
}

void tst_DiskFaults::backupFault()
{
    QFETCH(QByteArray, point);
    QFETCH(double, where);
    QFETCH(int, error);
    const int total = point == WritePoint ? m_backupWrites : m_backupSyncs;
    const int failAt = std::max(1, int(double(total) * where));
    const QString path = m_tmp.filePath(QStringLiteral("faulted-%1.lifeboat").arg(QString::fromUtf8(QTest::currentDataTag()).replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]+")), QStringLiteral("-"))));
    QVERIFY(QFile::copy(m_baseline, path));

    Fault::arm(point.constData(), failAt, error);
    const CliRun run = backup(path);
    const int calls = Fault::disarm(point.constData());
    QVERIFY2(calls >= failAt, "the fault point was never reached");

    QVERIFY2(run.code == ExitCode::Archive,
             qPrintable(QStringLiteral("exit %1: %2").arg(int(run.code)).arg(run.err)));
    const QJsonObject report = run.json();
    QVERIFY(report.value(u"state").toString() != u"complete");
    if (error == ENOSPC) {
        QVERIFY2(run.err.contains(u"full") && run.err.contains(u"Free some space"), qPrintable(run.err));
    } else {
        QVERIFY2(run.err.contains(u"Check the disk"), qPrintable(run.err));
    }
    QVERIFY2(!run.err.contains(u"\n\n"), qPrintable(run.err));

    checkOracle(path);
    if (QTest::currentTestFailed())
        return;

    // Space is back: the next backup completes and keeps everything.
    const CliRun again = backup(path);
    QVERIFY2(again.code == ExitCode::Success, qPrintable(again.err));
    QCOMPARE(again.json().value(u"state").toString(), QStringLiteral("complete"));
    QCOMPARE(again.json().value(u"counts").toObject().value(u"photos").toInt(), 5);
    auto archive = Archive::open(path, Archive::OpenMode::ReadOnly);
    QVERIFY(archive);
    QVERIFY((*archive)->verify()->ok());
}

void tst_DiskFaults::exportFault_data()
{
    QTest::addColumn<QByteArray>("point");
    QTest::addColumn<double>("where");
    QTest::addColumn<int>("error");
    for (const double where : {0.0, 0.4, 1.0})
        QTest::addRow("disk full at %d%% of the writes", int(where * 100)) << QByteArray(FileWritePoint) << where << ENOSPC;
    QTest::addRow("I/O error at 60%% of the writes") << QByteArray(FileWritePoint) << 0.6 << EIO;
    for (const double where : {0.0, 0.5, 1.0})
        QTest::addRow("sync fails at %d%% of the syncs", int(where * 100)) << QByteArray(FileSyncPoint) << where << EIO;
    QTest::addRow("no room for a new file halfway") << QByteArray(OpenPoint) << 0.5 << ENOSPC;
}

void tst_DiskFaults::exportFault()
{
    QFETCH(QByteArray, point);
    QFETCH(double, where);
    QFETCH(int, error);
    const int total = point == FileWritePoint ? m_exportWrites : point == FileSyncPoint ? m_exportSyncs : m_exportOpens;
    const int failAt = std::max(1, int(double(total) * where));
    const QString folder = m_tmp.filePath(QStringLiteral("export-%1").arg(QString::fromUtf8(QTest::currentDataTag()).replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]+")), QStringLiteral("-"))));

    Fault::arm(point.constData(), failAt, error);
    const CliRun run = exportTo(folder);
    const int calls = Fault::disarm(point.constData());
    QVERIFY2(calls >= failAt, "the fault point was never reached");

    QVERIFY2(run.code != ExitCode::Success, qPrintable(run.out));
    QCOMPARE(run.code, ExitCode::Archive);
    if (error == ENOSPC)
        QVERIFY2(run.err.contains(u"full") && run.err.contains(u"Free some space"), qPrintable(run.err));
    else
        QVERIFY2(run.err.contains(u"Check the disk"), qPrintable(run.err));
    // What is there is whole: every file either complete or absent, no temporary leftovers.
    const QMap<QString, QByteArray> written = filesUnder(folder);
    // (The last file may be there when only the folder's final sync failed: whole, but the run
    // still failed, as the rename's durability was not confirmed.)
    QVERIFY(written.size() <= m_cleanExport.size());
    for (auto it = written.cbegin(); it != written.cend(); ++it) {
        QVERIFY2(m_cleanExport.contains(it.key()), qPrintable(it.key()));
        QVERIFY2(m_cleanExport.value(it.key()) == it.value(), qPrintable(it.key()));
    }
    // And exporting again once the disk is healthy gives the whole export.
    const CliRun again = exportTo(folder);
    QVERIFY2(again.code == ExitCode::Success, qPrintable(again.err));
    QCOMPARE(filesUnder(folder), m_cleanExport);
}

// The same faults from outside, the way a user reproduces them: the real lifeboat-cli run under
// fiu-run with a point enabled from its start. The exit code and message are the CLI's own.
void tst_DiskFaults::faultInAnotherProcess_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("expected");
    QTest::newRow("backup, every sync fails")
        << QStringLiteral("enable name=posix/io/sync/fdatasync,failinfo=%1").arg(EIO) << QStringLiteral("Check the disk");
    QTest::newRow("backup, the disk is full")
        << QStringLiteral("enable name=posix/io/rw/pwrite,failinfo=%1").arg(ENOSPC) << QStringLiteral("Free some space");
    QTest::newRow("export, the disk is full")
        << QStringLiteral("enable name=posix/io/rw/write,failinfo=%1").arg(ENOSPC) << QStringLiteral("Free some space");
}

void tst_DiskFaults::faultInAnotherProcess()
{
    QFETCH(QString, command);
    QFETCH(QString, expected);
    const QString fiuRun = QStandardPaths::findExecutable(QStringLiteral("fiu-run"));
    if (fiuRun.isEmpty())
        QSKIP("fiu-run is not installed (Debian: fiu-utils)");
    const bool exporting = QString::fromUtf8(QTest::currentDataTag()).startsWith(u"export");
    const QString tag = QString::fromUtf8(QTest::currentDataTag()).replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]+")), QStringLiteral("-"));
    const QString archive = m_tmp.filePath(QStringLiteral("process-%1.lifeboat").arg(tag));
    QVERIFY(QFile::copy(m_baseline, archive));
    QStringList cli = exporting
        ? QStringList{QStringLiteral("export"), QStringLiteral("--archive"), m_full, QStringLiteral("--out"),
                      m_tmp.filePath(QStringLiteral("process-export-%1").arg(tag))}
        : QStringList{QStringLiteral("backup"), QStringLiteral("--device"), QStringLiteral("virtual:") + m_phone,
                      QStringLiteral("--archive"), archive};
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("LD_PRELOAD"));  // fiu-run sets its own
    child.setProcessEnvironment(environment);
    child.start(fiuRun, QStringList{QStringLiteral("-x"), QStringLiteral("-f"), QString(), QStringLiteral("-c"), command,
                                    QStringLiteral(LIFEBOAT_CLI_PATH)} + cli);
    QVERIFY(child.waitForFinished(120000));
    const QString err = QString::fromUtf8(child.readAllStandardError());
    QCOMPARE(child.exitStatus(), QProcess::NormalExit);
    QVERIFY2(child.exitCode() == int(ExitCode::Archive), qPrintable(QStringLiteral("exit %1: %2").arg(child.exitCode()).arg(err)));
    QVERIFY2(err.contains(expected), qPrintable(err));
    if (!exporting)
        checkOracle(archive);
}

QTEST_GUILESS_MAIN(tst_DiskFaults)
#include "tst_diskfaults.moc"
