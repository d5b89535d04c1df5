#include "VirtualHandsetFixture.h"
#include "app/jobs/BackupJob.h"
#include "app/jobs/RestoreJob.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>

using namespace Lifeboat;
using namespace Lifeboat::TestSupport;

// A real `lifeboat-cli backup` child killed with SIGKILL at points spread over its run, chosen by
// how many bytes it has written (its /proc/PID/io wchar), not by time. After each kill the
// RELIABILITY.md oracle must hold, and a backup must then complete.
class tst_CrashSafety : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void killedBackupLeavesIntactArchive_data();
    void killedBackupLeavesIntactArchive();
    void interruptCancelsCleanly();

private:
    QProcess *startBackup(const QString &archivePath);
    static quint64 bytesWritten(qint64 pid);

    QTemporaryDir m_tmp;
    QString m_phone;
    QString m_baseline;         // an archive with one complete snapshot (contacts only)
    KindCounts m_baselineCounts;
    quint64 m_fullRunWrites = 0;
};

quint64 tst_CrashSafety::bytesWritten(qint64 pid)
{
    QFile io(QStringLiteral("/proc/%1/io").arg(pid));
    if (!io.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> lines = io.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("wchar:"))
            return line.mid(6).trimmed().toULongLong();
    }
    return 0;
}

QProcess *tst_CrashSafety::startBackup(const QString &archivePath)
{
    auto *process = new QProcess(this);
    process->setProgram(QStringLiteral(LIFEBOAT_CLI_PATH));
    process->setArguments({QStringLiteral("backup"), QStringLiteral("--device"),
                           QStringLiteral("virtual:") + m_phone, QStringLiteral("--archive"), archivePath,
                           QStringLiteral("--format"), QStringLiteral("json")});
    process->start();
    return process;
}

void tst_CrashSafety::initTestCase()
{
    m_phone = m_tmp.filePath(QStringLiteral("phone"));
    QVERIFY(QDir().mkpath(m_phone));
    {
        auto scratch = Archive::create(m_tmp.filePath(QStringLiteral("scratch.lifeboat")));
        QVERIFY(scratch);
        VirtualHandsetOptions demo;
        demo.demo.contacts = 60;
        demo.demo.events = 20;
        demo.demo.todos = 10;
        demo.demo.photos = 24;
        demo.demo.photoSize = 1536 * 1024;
        VirtualHandset source = openVirtualHandset(demo);
        const BackupReport backup = BackupJob(*source.handset, **scratch).run();
        QCOMPARE(backup.state, SnapshotState::Complete);
        VirtualHandset folder = openFolderHandset(m_phone, VirtualHandsetProfile::Kind::Lifeboat);
        QVERIFY(!RestoreJob(**scratch, backup.snapshotId, *folder.handset).run().error);
    }

    // The baseline: contacts only, so the runs below have photos and calendars to add.
    m_baseline = m_tmp.filePath(QStringLiteral("baseline.lifeboat"));
    QProcess contactsOnly;
    contactsOnly.start(QStringLiteral(LIFEBOAT_CLI_PATH),
                       {QStringLiteral("backup"), QStringLiteral("--device"), QStringLiteral("virtual:") + m_phone,
                        QStringLiteral("--archive"), m_baseline, QStringLiteral("--kinds"), QStringLiteral("contacts")});
    QVERIFY(contactsOnly.waitForFinished(120000));
    QCOMPARE(contactsOnly.exitCode(), 0);
    {
        auto archive = Archive::open(m_baseline, Archive::OpenMode::ReadOnly);
        QVERIFY(archive);
        m_baselineCounts = (*archive)->snapshot(1)->counts;
        QCOMPARE(m_baselineCounts.contacts, 60);
    }

    // How much a whole run writes, to spread the kill points over it.
    const QString measured = m_tmp.filePath(QStringLiteral("measured.lifeboat"));
    QVERIFY(QFile::copy(m_baseline, measured));
    QProcess *full = startBackup(measured);
    quint64 maxSeen = 0;
    while (!full->waitForFinished(2))
        maxSeen = std::max(maxSeen, bytesWritten(full->processId()));
    QCOMPARE(full->exitCode(), 0);
    m_fullRunWrites = maxSeen;
    QVERIFY2(m_fullRunWrites > 30'000'000, qPrintable(QString::number(m_fullRunWrites)));
}

void tst_CrashSafety::killedBackupLeavesIntactArchive_data()
{
    QTest::addColumn<double>("fraction");
    for (const double f : {0.02, 0.15, 0.35, 0.55, 0.75, 0.9})
        QTest::newRow(qPrintable(QStringLiteral("%1%").arg(int(f * 100)))) << f;
}

void tst_CrashSafety::killedBackupLeavesIntactArchive()
{
    QFETCH(double, fraction);
    const QString path = m_tmp.filePath(QStringLiteral("killed-%1.lifeboat").arg(int(fraction * 100)));
    QVERIFY(QFile::copy(m_baseline, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);

    const quint64 killAt = quint64(double(m_fullRunWrites) * fraction);
    QProcess *child = startBackup(path);
    QVERIFY(child->waitForStarted());
    bool killed = false;
    while (child->state() != QProcess::NotRunning) {
        if (bytesWritten(child->processId()) >= killAt) {
            ::kill(pid_t(child->processId()), SIGKILL);
            killed = true;
            break;
        }
        QThread::usleep(200);
    }
    child->waitForFinished(30000);
    QVERIFY2(killed, "the backup ended before the kill point");
    QCOMPARE(child->exitStatus(), QProcess::CrashExit);

    // The oracle: opens, passes verify, the earlier snapshot is intact, nothing partial is complete.
    {
        auto archive = Archive::open(path, Archive::OpenMode::ReadOnly);
        QVERIFY2(archive, qPrintable(archive ? QString() : archive.error().toString()));
        const auto report = (*archive)->verify();
        QVERIFY(report);
        QVERIFY2(report->ok(), qPrintable(report->problems.join(u'\n')));
        const auto snapshots = (*archive)->snapshots();
        QVERIFY(snapshots);
        for (const SnapshotInfo &info : *snapshots) {
            if (info.id == 1) {
                QCOMPARE(info.state, SnapshotState::Complete);
                QCOMPARE(info.counts, m_baselineCounts);
            } else {
                QVERIFY(info.state != SnapshotState::Complete);
            }
        }
        const auto contacts = (*archive)->snapshotObjects(1);
        QVERIFY(contacts);
        for (const ObjectRecord &object : *contacts) {
            QVERIFY((*archive)->readContent(object.contentHash, [](const char *, qsizetype) { return Status(); }));
        }
    }

    // Then a backup completes, reusing what the killed one stored.
    QProcess *again = startBackup(path);
    QVERIFY(again->waitForFinished(120000));
    QCOMPARE(again->exitCode(), 0);
    const QJsonObject report = QJsonDocument::fromJson(again->readAllStandardOutput()).object();
    QCOMPARE(report.value(u"state").toString(), QStringLiteral("complete"));
    QCOMPARE(report.value(u"counts").toObject().value(u"photos").toInt(), 24);
    auto archive = Archive::open(path, Archive::OpenMode::ReadOnly);
    QVERIFY(archive);
    QVERIFY((*archive)->verify()->ok());
}

// Ctrl-C (SIGINT) in the middle of a backup: the run stops promptly, says so, exits with the
// "cancelled" code, and leaves a cancelled snapshot in an intact archive.
void tst_CrashSafety::interruptCancelsCleanly()
{
    const QString path = m_tmp.filePath(QStringLiteral("interrupted.lifeboat"));
    QVERIFY(QFile::copy(m_baseline, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    QProcess *child = startBackup(path);
    QVERIFY(child->waitForStarted());
    while (child->state() != QProcess::NotRunning && bytesWritten(child->processId()) < m_fullRunWrites / 3)
        QThread::usleep(200);
    QVERIFY2(child->state() != QProcess::NotRunning, "the backup ended before it could be interrupted");
    ::kill(pid_t(child->processId()), SIGINT);
    QVERIFY(child->waitForFinished(30000));
    QCOMPARE(child->exitStatus(), QProcess::NormalExit);
    QCOMPARE(child->exitCode(), 9);
    const QJsonObject report = QJsonDocument::fromJson(child->readAllStandardOutput()).object();
    QCOMPARE(report.value(u"state").toString(), QStringLiteral("cancelled"));

    auto archive = Archive::open(path, Archive::OpenMode::ReadOnly);
    QVERIFY(archive);
    QVERIFY((*archive)->verify()->ok());
    const auto snapshot = (*archive)->snapshot(report.value(u"snapshot").toInt());
    QVERIFY(snapshot);
    QCOMPARE(snapshot->state, SnapshotState::Cancelled);
}

QTEST_GUILESS_MAIN(tst_CrashSafety)
#include "tst_crashsafety.moc"
