#include "VirtualHandsetFixture.h"
#include "app/jobs/BackupJob.h"
#include "app/jobs/RestoreJob.h"

#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Lifeboat;
using namespace Lifeboat::TestSupport;

// The real libusb path: lifeboat-cli runs as its own process and reaches the virtual handset as
// a USB device through umockdev (lifeboat-virtual-handset serve), exactly as it would a phone.
class tst_UsbBackupRestore : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void backupWipeRestoreBackup();
    void androidTwiceTransfersNothing();

private:
    // Runs lifeboat-cli against a handset served from `folder`; returns its JSON report.
    QJsonObject runServed(const QString &folder, const QString &profile, const QStringList &cliArgs,
                          int expectedExit = 0);

    QTemporaryDir m_tmp;
    QString m_phone;
};

QJsonObject tst_UsbBackupRestore::runServed(const QString &folder, const QString &profile,
                                            const QStringList &cliArgs, int expectedExit)
{
    QProcess process;
    QStringList args{QStringLiteral("serve"), QStringLiteral("--root"), folder, QStringLiteral("--profile"),
                     profile, QStringLiteral("--serial"), QStringLiteral("USB-PHONE-0042"),
                     QStringLiteral("--"), QStringLiteral(LIFEBOAT_CLI_PATH)};
    args += cliArgs;
    args += {QStringLiteral("--format"), QStringLiteral("json")};
    process.start(QStringLiteral(LIFEBOAT_VIRTUAL_HANDSET), args);
    if (!process.waitForFinished(120000))
        qWarning() << "timed out";
    const QByteArray err = process.readAllStandardError();
    if (process.exitCode() != expectedExit)
        qWarning().noquote() << "exit" << process.exitCode() << QString::fromUtf8(err);
    [&] { QCOMPARE(process.exitCode(), expectedExit); }();
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}

void tst_UsbBackupRestore::initTestCase()
{
    m_phone = m_tmp.filePath(QStringLiteral("phone"));
    QVERIFY(QDir().mkpath(m_phone));
    auto scratch = Archive::create(m_tmp.filePath(QStringLiteral("scratch.lifeboat")));
    QVERIFY(scratch);
    VirtualHandsetOptions demo;
    demo.demo.contacts = 30;
    demo.demo.events = 10;
    demo.demo.todos = 5;
    demo.demo.photos = 6;
    demo.demo.photoSize = 700 * 1024;  // a few megabytes cross the emulated bus
    VirtualHandset source = openVirtualHandset(demo);
    const BackupReport backup = BackupJob(*source.handset, **scratch).run();
    QCOMPARE(backup.state, SnapshotState::Complete);
    VirtualHandset folder = openFolderHandset(m_phone, VirtualHandsetProfile::Kind::Lifeboat);
    QVERIFY(!RestoreJob(**scratch, backup.snapshotId, *folder.handset).run().error);
}

void tst_UsbBackupRestore::backupWipeRestoreBackup()
{
    const QString archive = m_tmp.filePath(QStringLiteral("usb.lifeboat"));
    const QJsonObject first = runServed(m_phone, QStringLiteral("lifeboat"),
                                        {QStringLiteral("backup"), QStringLiteral("--device"),
                                         QStringLiteral("USB-PHONE"), QStringLiteral("--archive"), archive});
    QCOMPARE(first.value(u"state").toString(), QStringLiteral("complete"));
    QCOMPARE(first.value(u"device").toObject().value(u"serial").toString(), QStringLiteral("USB-PHONE-0042"));
    QVERIFY(first.value(u"bytes_transferred").toInteger() > 4'000'000);

    // The handset is wiped (a new, empty one) and restored.
    const QString wiped = m_tmp.filePath(QStringLiteral("wiped"));
    QVERIFY(QDir().mkpath(wiped));
    const QJsonObject restore = runServed(wiped, QStringLiteral("lifeboat"),
                                          {QStringLiteral("restore"), QStringLiteral("--device"),
                                           QStringLiteral("USB-PHONE-0042"), QStringLiteral("--archive"), archive});
    QCOMPARE(restore.value(u"state").toString(), QStringLiteral("complete"));
    QCOMPARE(restore.value(u"failed").toArray().size(), 0);
    QCOMPARE(restore.value(u"restored").toArray().size(), first.value(u"objects").toInt());
    QCOMPARE(filesUnder(wiped), filesUnder(m_phone));  // byte-identical

    const QJsonObject again = runServed(wiped, QStringLiteral("lifeboat"),
                                        {QStringLiteral("restore"), QStringLiteral("--device"),
                                         QStringLiteral("USB-PHONE-0042"), QStringLiteral("--archive"), archive});
    QCOMPARE(again.value(u"restored").toArray().size(), 0);

    const QJsonObject second = runServed(wiped, QStringLiteral("lifeboat"),
                                         {QStringLiteral("backup"), QStringLiteral("--device"),
                                          QStringLiteral("USB-PHONE-0042"), QStringLiteral("--archive"), archive});
    QCOMPARE(second.value(u"state").toString(), QStringLiteral("complete"));
    QCOMPARE(second.value(u"counts").toObject(), first.value(u"counts").toObject());
    QCOMPARE(second.value(u"objects_transferred").toInt(), 0);
}

void tst_UsbBackupRestore::androidTwiceTransfersNothing()
{
    const QString archive = m_tmp.filePath(QStringLiteral("android.lifeboat"));
    const QStringList backup{QStringLiteral("backup"), QStringLiteral("--device"),
                             QStringLiteral("USB-PHONE-0042"), QStringLiteral("--archive"), archive};
    const QJsonObject first = runServed(m_phone, QStringLiteral("android"), backup);
    QCOMPARE(first.value(u"state").toString(), QStringLiteral("complete"));
    QVERIFY(first.value(u"objects_transferred").toInt() > 40);
    const QJsonObject second = runServed(m_phone, QStringLiteral("android"), backup);
    QCOMPARE(second.value(u"state").toString(), QStringLiteral("complete"));
    QCOMPARE(second.value(u"objects_transferred").toInt(), 0);
    QCOMPARE(second.value(u"objects").toInt(), first.value(u"objects").toInt());
}

QTEST_GUILESS_MAIN(tst_UsbBackupRestore)
#include "tst_usbbackuprestore.moc"
