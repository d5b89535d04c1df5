#include "app/HandsetWatcher.h"
#include "app/jobs/HandsetBackupJob.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Lifeboat;
using State = HandsetStatus::State;

Q_DECLARE_METATYPE(std::optional<QDateTime>)

class tst_HandsetWatcher : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void lastBackupText_data();
    void lastBackupText();
    void demoComesAndGoesAndIsProbedOffThread();
    void lastBackupFollowsTheLibrary();
    void usbHandsetWithoutPermissionIsNotOpened();
    void usbHandsetThatCannotBeOpenedSaysWhy();

private:
    QTemporaryDir m_tmp;
};

void tst_HandsetWatcher::initTestCase()
{
    QVERIFY(m_tmp.isValid());
}

void tst_HandsetWatcher::lastBackupText_data()
{
    const QDateTime now(QDate(2026, 3, 20), QTime(10, 0));
    QTest::addColumn<std::optional<QDateTime>>("last");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("old");
    QTest::newRow("never") << std::optional<QDateTime>() << now << QStringLiteral("Not backed up yet") << true;
    QTest::newRow("this morning") << std::optional<QDateTime>(now.addSecs(-3600)) << now
                                  << QStringLiteral("Last backup today") << false;
    QTest::newRow("late yesterday") << std::optional<QDateTime>(QDateTime(QDate(2026, 3, 19), QTime(23, 50)))
                                    << now << QStringLiteral("Last backup yesterday") << false;
    QTest::newRow("a week") << std::optional<QDateTime>(now.addDays(-7)) << now
                            << QStringLiteral("Last backup 7 days ago") << false;
    QTest::newRow("two weeks: not yet old") << std::optional<QDateTime>(now.addDays(-14)) << now
                                            << QStringLiteral("Last backup 14 days ago") << false;
    QTest::newRow("fifteen days: a reminder") << std::optional<QDateTime>(now.addDays(-15)) << now
                                              << QStringLiteral("Last backup 15 days ago: time for a new one")
                                              << true;
    QTest::newRow("clock went back") << std::optional<QDateTime>(now.addDays(2)) << now
                                     << QStringLiteral("Last backup today") << false;
}

void tst_HandsetWatcher::lastBackupText()
{
    QFETCH(std::optional<QDateTime>, last);
    QFETCH(QDateTime, now);
    QFETCH(QString, text);
    QFETCH(bool, old);
    bool isOld = !old;
    QCOMPARE(HandsetWatcher::lastBackupText(last, now, &isOld), text);
    QCOMPARE(isOld, old);
}

void tst_HandsetWatcher::demoComesAndGoesAndIsProbedOffThread()
{
    HandsetWatcher watcher(m_tmp.filePath(QStringLiteral("empty-library")));
    QSignalSpy added(&watcher, &HandsetWatcher::handsetAdded);
    QSignalSpy removed(&watcher, &HandsetWatcher::handsetRemoved);
    QSignalSpy connected(&watcher, &HandsetWatcher::handsetConnected);
    watcher.setDemoEnabled(true);
    QCOMPARE(added.size(), 1);
    QCOMPARE(added.first().first().toString(), HandsetWatcher::demoKey());
    // Returned at once: the probe runs elsewhere.
    QCOMPARE(watcher.handsets().size(), 1);
    QCOMPARE(watcher.handsets().first().state, State::Probing);
    QCOMPARE(watcher.handsets().first().stateText, QStringLiteral("Connecting…"));

    QTRY_COMPARE_WITH_TIMEOUT(watcher.handset(HandsetWatcher::demoKey())->state, State::Ready, 20000);
    const HandsetStatus demo = *watcher.handset(HandsetWatcher::demoKey());
    QCOMPARE(demo.stateText, QStringLiteral("Ready"));
    QVERIFY(demo.identity.has_value());
    QCOMPARE(demo.identity->serialNumber, QStringLiteral("LIFEBOAT-DEMO-0001"));
    QVERIFY(demo.isDemo);
    QVERIFY(demo.canBackUp());
    QVERIFY(!demo.hasArchive);
    QVERIFY(demo.archivePath.startsWith(m_tmp.filePath(QStringLiteral("empty-library"))));
    QCOMPARE(demo.lastBackupText, QStringLiteral("Not backed up yet"));
    QVERIFY(demo.backupIsOld);
    QCOMPARE(connected.size(), 1);

    // A refresh does not announce the same connection twice.
    watcher.refresh(HandsetWatcher::demoKey());
    QTest::qWait(300);
    QTRY_COMPARE(watcher.handset(HandsetWatcher::demoKey())->state, State::Ready);
    QCOMPARE(connected.size(), 1);

    watcher.setDemoEnabled(false);
    QCOMPARE(removed.size(), 1);
    QVERIFY(watcher.handsets().isEmpty());
    QVERIFY(!watcher.handset(HandsetWatcher::demoKey()));
}

void tst_HandsetWatcher::lastBackupFollowsTheLibrary()
{
    const QString library = m_tmp.filePath(QStringLiteral("library"));
    HandsetSpec spec;
    spec.kind = HandsetSpec::Kind::Demo;
    HandsetBackupJob job(spec, library, BackupOptions{});
    const HandsetBackupJob::Report report = job.run();
    QVERIFY2(!report.backup.error, report.backup.error ? qPrintable(report.backup.error->toString()) : "");
    QCOMPARE(report.backup.state, SnapshotState::Complete);
    QVERIFY(report.archiveCreated);
    QVERIFY(report.backup.counts.contacts > 0);

    HandsetWatcher watcher(library);
    watcher.setDemoEnabled(true);
    QTRY_COMPARE_WITH_TIMEOUT(watcher.handset(HandsetWatcher::demoKey())->state, State::Ready, 20000);
    HandsetStatus demo = *watcher.handset(HandsetWatcher::demoKey());
    QVERIFY(demo.hasArchive);
    QCOMPARE(demo.archivePath, report.archivePath);
    QCOMPARE(demo.lastBackupText, QStringLiteral("Last backup today"));
    QVERIFY(!demo.backupIsOld);

    const QDateTime later = QDateTime::currentDateTime().addDays(20);
    watcher.setClock([later] { return later; });
    demo = *watcher.handset(HandsetWatcher::demoKey());
    QCOMPARE(demo.lastBackupText, QStringLiteral("Last backup 20 days ago: time for a new one"));
    QVERIFY(demo.backupIsOld);

    // Backing up shows in the state, and the probe after it finds the handset ready again.
    QSignalSpy changed(&watcher, &HandsetWatcher::handsetChanged);
    watcher.setBackingUp(HandsetWatcher::demoKey(), true);
    QCOMPARE(watcher.handset(HandsetWatcher::demoKey())->state, State::BackingUp);
    QCOMPARE(watcher.handset(HandsetWatcher::demoKey())->stateText, QStringLiteral("Backing up…"));
    watcher.refresh(HandsetWatcher::demoKey());  // ignored while backing up
    QTest::qWait(300);
    QCOMPARE(watcher.handset(HandsetWatcher::demoKey())->state, State::BackingUp);
    watcher.setBackingUp(HandsetWatcher::demoKey(), false);
    QTRY_COMPARE_WITH_TIMEOUT(watcher.handset(HandsetWatcher::demoKey())->state, State::Ready, 20000);
    QVERIFY(changed.size() >= 2);
}

void tst_HandsetWatcher::usbHandsetWithoutPermissionIsNotOpened()
{
    HandsetWatcher watcher(m_tmp.path());
    UsbDeviceInfo device;
    device.bus = 1;
    device.address = 7;
    device.portPath = QStringLiteral("1-4");
    device.manufacturer = QStringLiteral("Google");
    device.product = QStringLiteral("Pixel 7");
    device.serialNumber = QStringLiteral("28291FDH2001");
    device.accessible = false;
    QSignalSpy added(&watcher, &HandsetWatcher::handsetAdded);
    watcher.usbDeviceArrived(device);
    QCOMPARE(added.size(), 1);
    const QString key = added.first().first().toString();
    QCOMPARE(key, QStringLiteral("usb:28291FDH2001"));
    const HandsetStatus status = *watcher.handset(key);
    QCOMPARE(status.name, QStringLiteral("Google Pixel 7"));
    QCOMPARE(status.state, State::NoPermission);
    QVERIFY(status.stateText.contains(QLatin1String("udev rule")));
    QVERIFY(!status.canBackUp());
    QTest::qWait(200);
    QCOMPARE(watcher.handset(key)->state, State::NoPermission);

    QSignalSpy removed(&watcher, &HandsetWatcher::handsetRemoved);
    watcher.usbDeviceLeft(device);
    QCOMPARE(removed.size(), 1);
    QVERIFY(watcher.handsets().isEmpty());
}

void tst_HandsetWatcher::usbHandsetThatCannotBeOpenedSaysWhy()
{
    // Nothing is plugged in on this machine: the handset the monitor reported is gone by the
    // time it is opened, and the pane says so instead of showing "Connecting" for ever.
    HandsetWatcher watcher(m_tmp.path());
    UsbDeviceInfo device;
    device.portPath = QStringLiteral("2-1");
    device.manufacturer = QStringLiteral("Fairphone");
    device.product = QStringLiteral("FP5");
    device.serialNumber = QStringLiteral("FP5-GONE");
    watcher.usbDeviceArrived(device);
    const QString key = QStringLiteral("usb:FP5-GONE");
    QCOMPARE(watcher.handset(key)->state, State::Probing);
    QTRY_COMPARE_WITH_TIMEOUT(watcher.handset(key)->state, State::Unavailable, 20000);
    QVERIFY(!watcher.handset(key)->stateText.isEmpty());
    QVERIFY(watcher.handset(key)->stateText != HandsetWatcher::stateText(State::Probing));
}

QTEST_GUILESS_MAIN(tst_HandsetWatcher)
#include "tst_handsetwatcher.moc"
