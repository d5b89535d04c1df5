#include "app/Library.h"
#include "app/jobs/HandsetBackupJob.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Lifeboat;

class tst_HandsetBackupJob : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void backsUpIntoTheLibraryAndReusesNextTime();
    void handsetThatCannotBeOpened_data();
    void handsetThatCannotBeOpened();
    void cancelledBeforeItBegins();
    void createsAndReopensAnEncryptedArchive_data();
    void createsAndReopensAnEncryptedArchive();

private:
    QTemporaryDir m_tmp;
};

void tst_HandsetBackupJob::initTestCase()
{
    QVERIFY(m_tmp.isValid());
}

void tst_HandsetBackupJob::backsUpIntoTheLibraryAndReusesNextTime()
{
    const QString library = m_tmp.filePath(QStringLiteral("library/not yet there"));
    const QString phone = m_tmp.filePath(QStringLiteral("phone"));
    QVERIFY(QDir().mkpath(phone + QStringLiteral("/DCIM/Camera")));
    QVERIFY(QDir().mkpath(phone + QStringLiteral("/Contacts")));
    QFile contact(phone + QStringLiteral("/Contacts/anna.vcf"));
    QVERIFY(contact.open(QIODevice::WriteOnly));
    contact.write("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Berg\r\nN:Berg;Anna;;;\r\nEND:VCARD\r\n");
    contact.close();

    Result<HandsetSpec> spec = HandsetConnector::parseSpec(QStringLiteral("virtual:") + phone, QStringLiteral("lifeboat"));
    QVERIFY(spec.ok());
    QList<JobProgress> seen;
    HandsetBackupJob job(*spec, library, BackupOptions{});
    job.setProgressHandler([&seen](const JobProgress &progress) { seen.append(progress); });
    const HandsetBackupJob::Report first = job.run();
    QVERIFY2(!first.backup.error, first.backup.error ? qPrintable(first.backup.error->toString()) : "");
    QCOMPARE(first.backup.state, SnapshotState::Complete);
    QVERIFY(first.archiveCreated);
    QCOMPARE(first.archivePath, Library(library).archivePathFor(first.backup.device));
    QVERIFY(QFileInfo::exists(first.archivePath));
    QCOMPARE(first.backup.counts.contacts, qint64(1));
    QCOMPARE(first.backup.objectsTransferred, qint64(1));
    QVERIFY(!seen.isEmpty());
    QCOMPARE(seen.first().phase, QStringLiteral("Opening the handset"));
    QCOMPARE(seen.last().kind(ItemKind::Contact).objectsDone, qint64(1));
    QCOMPARE(job.report().archivePath, first.archivePath);

    HandsetBackupJob again(*spec, library, BackupOptions{});
    const HandsetBackupJob::Report second = again.run();
    QCOMPARE(second.backup.state, SnapshotState::Complete);
    QVERIFY(!second.archiveCreated);
    QCOMPARE(second.archivePath, first.archivePath);
    QCOMPARE(second.backup.objectsTransferred, qint64(0));
    QCOMPARE(second.backup.objectsReused, qint64(1));
}

void tst_HandsetBackupJob::handsetThatCannotBeOpened_data()
{
    QTest::addColumn<QString>("device");
    QTest::addColumn<int>("code");
    QTest::newRow("missing folder") << QStringLiteral("virtual:/nonexistent/phone") << int(ErrorCode::NoDevice);
    QTest::newRow("unknown serial") << QStringLiteral("NO-SUCH-SERIAL-42") << -1;
}

void tst_HandsetBackupJob::handsetThatCannotBeOpened()
{
    QFETCH(QString, device);
    QFETCH(int, code);
    Result<HandsetSpec> spec = HandsetConnector::parseSpec(device, QStringLiteral("lifeboat"));
    QVERIFY(spec.ok());
    const QString library = m_tmp.filePath(QStringLiteral("unused-library"));
    HandsetBackupJob job(*spec, library, BackupOptions{});
    const HandsetBackupJob::Report report = job.run();
    QCOMPARE(report.backup.state, SnapshotState::Failed);
    QVERIFY(report.backup.error.has_value());
    if (code >= 0)
        QCOMPARE(int(report.backup.error->code()), code);
    QVERIFY(!report.backup.error->message().isEmpty());
    QVERIFY(report.archivePath.isEmpty());
    QVERIFY(!QFileInfo::exists(library));  // nothing written for a handset never reached
}

void tst_HandsetBackupJob::cancelledBeforeItBegins()
{
    HandsetSpec spec;
    spec.kind = HandsetSpec::Kind::Demo;
    HandsetBackupJob job(spec, m_tmp.filePath(QStringLiteral("cancelled")), BackupOptions{});
    job.cancel();
    const HandsetBackupJob::Report report = job.run();
    QCOMPARE(report.backup.state, SnapshotState::Cancelled);
    QVERIFY(report.backup.error.has_value());
    QCOMPARE(report.backup.error->code(), ErrorCode::Cancelled);
    QCOMPARE(report.backup.device.serialNumber, QStringLiteral("LIFEBOAT-DEMO-0001"));
}

namespace {
std::shared_ptr<const SecretBytes> secret(const char *text)
{
    return std::make_shared<const SecretBytes>(SecretBytes::fromBytes(text, qsizetype(qstrlen(text))));
}
} // namespace

void tst_HandsetBackupJob::createsAndReopensAnEncryptedArchive_data()
{
    QTest::addColumn<int>("unlockWith");  // 0: nothing, 1: passphrase, 2: wrong one, 3: archive key
    QTest::addColumn<int>("code");        // ErrorCode of the second backup; -1: complete
    QTest::newRow("no unlock") << 0 << int(ErrorCode::Passphrase);
    QTest::newRow("passphrase") << 1 << -1;
    QTest::newRow("wrong passphrase") << 2 << int(ErrorCode::Passphrase);
    QTest::newRow("archive key") << 3 << -1;
}

void tst_HandsetBackupJob::createsAndReopensAnEncryptedArchive()
{
    QFETCH(int, unlockWith);
    QFETCH(int, code);
    const QString phone = m_tmp.filePath(QStringLiteral("encrypted-phone"));
    QVERIFY(QDir().mkpath(phone + QStringLiteral("/DCIM")));
    const QString library = m_tmp.filePath(QStringLiteral("encrypted-%1").arg(unlockWith));
    Result<HandsetSpec> spec = HandsetConnector::parseSpec(QStringLiteral("virtual:") + phone, QStringLiteral("lifeboat"));
    QVERIFY(spec.ok());

    HandsetBackupJob first(*spec, library, BackupOptions{});
    ArchiveOptions create;
    create.passphrase = secret("kept in a drawer");
    create.kdfStrength = ArchiveKeyring::Strength::InteractiveForTesting;
    first.setNewArchiveOptions(create);
    const HandsetBackupJob::Report created = first.run();
    QCOMPARE(created.backup.state, SnapshotState::Complete);
    QVERIFY(created.archiveCreated);
    QCOMPARE(Archive::isEncrypted(created.archivePath).value(), true);
    QVERIFY(first.archiveKey());

    HandsetBackupJob second(*spec, library, BackupOptions{});
    second.setNewArchiveOptions({});  // ignored: the archive exists
    if (unlockWith == 1)
        second.setUnlock({secret("kept in a drawer"), nullptr});
    else if (unlockWith == 2)
        second.setUnlock({secret("kept in a box"), nullptr});
    else if (unlockWith == 3)
        second.setUnlock({nullptr, first.archiveKey()});
    const HandsetBackupJob::Report report = second.run();
    QVERIFY(!report.archiveCreated);
    if (code >= 0) {
        QCOMPARE(report.backup.state, SnapshotState::Failed);
        QCOMPARE(int(report.backup.error->code()), code);
        QVERIFY(!second.archiveKey());
        return;
    }
    QCOMPARE(report.backup.state, SnapshotState::Complete);
    QVERIFY(second.archiveKey());
    auto archive = Archive::open(created.archivePath, Archive::OpenMode::ReadOnly,
                                 ArchiveUnlock{nullptr, second.archiveKey()});
    QVERIFY(archive);
    QCOMPARE((*archive)->snapshots()->size(), qsizetype(2));
}

QTEST_GUILESS_MAIN(tst_HandsetBackupJob)
#include "tst_handsetbackupjob.moc"
