// The handsets pane and backups, driven through the real main window: the demo handset backed up
// from the GUI, cancelling, automatic backup, settings, and USB handsets plugged in and out
// through umockdev (the real libusb path), locked and busy.

#include "app/HandsetWatcher.h"
#include "app/Library.h"
#include "app/Settings.h"
#include "device/usb/umockdev/UmockdevServer.h"
#include "device/virtual/VirtualHandsetFactory.h"
#include "ui/MainWindow.h"
#include "RecordingPresenter.h"
#include "ui/MessagePresenter.h"
#include "ui/browse/SnapshotView.h"
#include "ui/handsets/BackupController.h"
#include "ui/handsets/BackupProgressDialog.h"
#include "ui/handsets/HandsetsPane.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Lifeboat;
using Lifeboat::TestSupport::RecordingPresenter;

namespace {

const QString UsbSerial = QStringLiteral("GUI-USB-0001");

} // namespace

class tst_Handsets : public QObject
{
    Q_OBJECT
public:
    explicit tst_Handsets(UmockdevServer &server) : m_server(server) {}

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void noHandsetSaysWhatToDo();
    void backUpDemoFromTheGui();
    void cancelABackup();
    void closingDuringABackupAsks();
    void automaticBackupOfAKnownHandset();
    void settingsDialogWritesTheSettings();
    void failedBackupSaysWhatToDo();
    void hotPlugAddsAndRemovesTheHandset();
    void stuckHandsetsSayWhatToDo_data();
    void stuckHandsetsSayWhatToDo();

private:
    template<typename T>
    T *child(const char *name) const
    {
        auto *found = m_window->findChild<T *>(QLatin1String(name));
        if (!found)
            qWarning("no widget %s", name);
        return found;
    }
    QString handsetText(const QString &key) const;
    QAction *action(const char *name) const { return child<QAction>(name); }
    QDialog *progressDialog() const { return m_window->findChild<QDialog *>(QStringLiteral("backupProgressDialog")); }
    void plugUsbHandset(const VirtualHandsetFaults &faults);
    void createWindow();

    UmockdevServer &m_server;
    QTemporaryDir m_dir;
    QString m_library;
    QList<Error> m_errors;
    QStringList m_questions;  // what the window asked (RecordingPresenter)
    bool m_answer = false;    // how the test answers: true proceeds
    std::unique_ptr<MtpResponder> m_responder;
    std::unique_ptr<MainWindow> m_window;
};

void tst_Handsets::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("LifeboatTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_handsets"));
    QVERIFY(m_dir.isValid());
}

void tst_Handsets::createWindow()
{
    m_window = std::make_unique<MainWindow>(nullptr, m_library);
    m_window->setMessagePresenter(std::make_unique<RecordingPresenter>(&m_errors, &m_questions, &m_answer));
    m_window->handsetWatcher()->setRetryInterval(std::chrono::milliseconds(300));
    m_window->resize(1100, 720);
    m_window->show();
}

void tst_Handsets::init()
{
    QSettings().clear();
    m_errors.clear();
    m_questions.clear();
    m_answer = false;
    // A fresh library for every test: a handset is "known" only where a test backed it up.
    m_library = m_dir.filePath(QStringLiteral("library-%1").arg(QString::fromUtf8(QTest::currentTestFunction())));
    createWindow();
}

void tst_Handsets::cleanup()
{
    m_window.reset();
    m_server.unplug();
    m_server.setBusyCheck({});
    m_responder.reset();
}

QString tst_Handsets::handsetText(const QString &key) const
{
    const QListWidget *list = m_window->handsetsPane()->list();
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(HandsetsPane::KeyRole).toString() == key)
            return list->item(i)->text();
    }
    return {};
}

void tst_Handsets::plugUsbHandset(const VirtualHandsetFaults &faults)
{
    VirtualHandsetOptions options;
    options.serialNumber = UsbSerial;
    options.demo.contacts = 6;
    options.demo.events = 3;
    options.demo.todos = 2;
    options.demo.photos = 2;
    options.faults = faults;
    Result<std::unique_ptr<MtpResponder>> responder = createVirtualHandset(options);
    QVERIFY(responder.ok());
    m_responder = std::move(responder).value();
    MtpResponder *raw = m_responder.get();
    m_server.setBusyCheck([raw] { return raw->interfaceBusy(); });
    QVERIFY(m_server.plug(*m_responder).ok());
}

void tst_Handsets::noHandsetSaysWhatToDo()
{
    auto *empty = child<QLabel>("handsetsEmptyLabel");
    auto *list = child<QListWidget>("handsetList");
    auto *button = child<QPushButton>("backUpNowButton");
    QVERIFY(empty && list && button);
    QVERIFY(empty->isVisible());
    QVERIFY(empty->text().contains(QLatin1String("Use Demo Handset")));
    QVERIFY(!list->isVisible());
    QVERIFY(!button->isVisible());
    QVERIFY(!button->isEnabled());
    QVERIFY(!action("backUpNowAction")->isEnabled());
    QCOMPARE(action("backUpNowAction")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_B));
    QVERIFY(!list->accessibleName().isEmpty());
    QVERIFY(!button->accessibleName().isEmpty());
}

void tst_Handsets::backUpDemoFromTheGui()
{
    QAction *demo = action("useDemoHandsetAction");
    QVERIFY(demo && demo->isCheckable());
    demo->trigger();
    QVERIFY(Settings().demoHandsetEnabled());
    const QString key = HandsetWatcher::demoKey();
    QVERIFY(child<QListWidget>("handsetList")->isVisible());
    QVERIFY(handsetText(key).contains(QLatin1String("Connecting")));
    QTRY_VERIFY_WITH_TIMEOUT(handsetText(key).contains(QLatin1String("Ready")), 20000);
    QVERIFY(handsetText(key).contains(QLatin1String("Not backed up yet")));
    QVERIFY(handsetText(key).startsWith(QLatin1String("Lifeboat Demo")) || handsetText(key).startsWith(QLatin1String("Demo")));

    auto *button = child<QPushButton>("backUpNowButton");
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QDialog *dialog = progressDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(!button->isEnabled());
    QVERIFY(!action("backUpNowAction")->isEnabled());
    QVERIFY(handsetText(key).contains(QLatin1String("Backing up")));
    auto *kinds = dialog->findChild<QTreeWidget *>(QStringLiteral("backupKindTable"));
    auto *summary = dialog->findChild<QLabel *>(QStringLiteral("backupSummary"));
    auto *cancel = dialog->findChild<QPushButton *>(QStringLiteral("backupCancelButton"));
    QVERIFY(kinds && summary && cancel);
    QCOMPARE(kinds->topLevelItemCount(), 4);
    QVERIFY(cancel->isVisible());
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("backupCloseButton"))->isVisible());
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("backupShowButton"))->isVisible());
    QVERIFY(!summary->isVisible());
    // Progress reaches the dialog while the job runs on its own thread: objects per kind.
    QStringList contactsSeen, photoBytesSeen;
    connect(kinds->model(), &QAbstractItemModel::dataChanged, this, [&] {
        const QString contacts = kinds->topLevelItem(0)->text(1);
        if (contactsSeen.isEmpty() || contactsSeen.constLast() != contacts)
            contactsSeen.append(contacts);
        const QString photoBytes = kinds->topLevelItem(3)->text(2);
        if (photoBytesSeen.isEmpty() || photoBytesSeen.constLast() != photoBytes)
            photoBytesSeen.append(photoBytes);
    });

    QTRY_VERIFY_WITH_TIMEOUT(summary->isVisible(), 60000);
    QVERIFY(!cancel->isVisible());
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Backup complete"));
    QVERIFY2(summary->text().startsWith(QLatin1String(
                 "Backup complete: 300 contacts, 121 events, 40 to-dos and 24 photos")),
             qPrintable(summary->text()));
    QVERIFY(summary->text().contains(QLatin1String("0 unchanged ones reused")));
    QVERIFY2(contactsSeen.contains(QStringLiteral("300 of 300")), qPrintable(contactsSeen.join(u'|')));
    QVERIFY2(std::any_of(photoBytesSeen.cbegin(), photoBytesSeen.cend(),
                         [](const QString &text) { return text.contains(QLatin1String("kB of ")); }),
             qPrintable(photoBytesSeen.join(u'|')));
    // The result: the items per kind as a person counts them.
    QStringList rows;
    for (int i = 0; i < kinds->topLevelItemCount(); ++i) {
        QVERIFY(!kinds->topLevelItem(i)->isHidden());
        rows << kinds->topLevelItem(i)->text(0) + u' ' + kinds->topLevelItem(i)->text(1);
    }
    QCOMPARE(rows, (QStringList{QStringLiteral("Contacts 300"), QStringLiteral("Events 121"),
                                QStringLiteral("To-dos 40"), QStringLiteral("Photos 24")}));
    QCOMPARE(dialog->findChild<QProgressBar *>(QStringLiteral("backupOverallBar"))->value(), 1000);

    const BackupController *controller = m_window->backupController();
    const QString archive = controller->lastReport().archivePath;
    QVERIFY(archive.startsWith(m_library));
    QVERIFY(QFileInfo::exists(archive));
    QTRY_VERIFY_WITH_TIMEOUT(handsetText(key).contains(QLatin1String("Last backup today")), 20000);
    QVERIFY(handsetText(key).contains(QLatin1String("Ready")));
    QVERIFY(button->isEnabled());

    // The library lists the new snapshot, and it can be browsed.
    auto *tree = child<QTreeWidget>("archiveTree");
    QVERIFY(tree);
    QCOMPARE(tree->topLevelItemCount(), 1);
    QCOMPARE(tree->topLevelItem(0)->childCount(), 1);
    QCOMPARE(m_window->currentArchivePath(), archive);
    QCOMPARE(m_window->snapshotView()->snapshotId(), controller->lastReport().backup.snapshotId);
    QCOMPARE(child<QListView>("contactList")->model()->rowCount(), 300);

    auto *show = dialog->findChild<QPushButton *>(QStringLiteral("backupShowButton"));
    QVERIFY(show && show->isVisible());
    QTest::mouseClick(show, Qt::LeftButton);
    QTRY_VERIFY(!progressDialog());
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));

    // A second backup reuses everything.
    QTest::keyClick(m_window.get(), Qt::Key_B, Qt::ControlModifier);
    // It may wait for the probe that followed the last backup to close the handset.
    QTRY_VERIFY_WITH_TIMEOUT(progressDialog() != nullptr, 20000);
    dialog = progressDialog();
    summary = dialog->findChild<QLabel *>(QStringLiteral("backupSummary"));
    QTRY_VERIFY_WITH_TIMEOUT(summary->isVisible(), 60000);
    QVERIFY2(summary->text().contains(QLatin1String("0 objects copied")), qPrintable(summary->text()));
    QTRY_COMPARE(tree->topLevelItem(0)->childCount(), 2);
    QVERIFY(m_errors.isEmpty());
}

void tst_Handsets::cancelABackup()
{
    action("useDemoHandsetAction")->trigger();
    const QString key = HandsetWatcher::demoKey();
    QTRY_VERIFY_WITH_TIMEOUT(handsetText(key).contains(QLatin1String("Ready")), 20000);
    action("backUpNowAction")->trigger();
    QDialog *dialog = progressDialog();
    QVERIFY(dialog);
    QTest::keyClick(dialog, Qt::Key_Escape);
    // Esc asks the job to stop; the dialog stays to say how it ended.
    QVERIFY(dialog->isVisible());
    auto *summary = dialog->findChild<QLabel *>(QStringLiteral("backupSummary"));
    QTRY_VERIFY_WITH_TIMEOUT(summary->isVisible(), 60000);
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Backup not complete"));
    QVERIFY2(summary->text().startsWith(QLatin1String("The backup was cancelled.")), qPrintable(summary->text()));
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("backupShowButton"))->isVisible());
    QCOMPARE(m_window->backupController()->lastReport().backup.state, SnapshotState::Cancelled);
    QTRY_VERIFY_WITH_TIMEOUT(handsetText(key).contains(QLatin1String("Ready")), 20000);
    // Esc again closes it.
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!progressDialog());
}

void tst_Handsets::closingDuringABackupAsks()
{
    action("useDemoHandsetAction")->trigger();
    const QString key = HandsetWatcher::demoKey();
    QTRY_VERIFY_WITH_TIMEOUT(handsetText(key).contains(QLatin1String("Ready")), 20000);
    // The job reports its end through the event loop, which does not run before close(): the
    // backup is running when the window is closed, however fast it is.
    action("backUpNowAction")->trigger();
    QVERIFY(m_window->backupController()->isRunning());
    QVERIFY(!m_window->close());  // "Keep Backing Up"
    QCOMPARE(m_questions.size(), 1);
    QVERIFY2(m_questions.first().contains(QLatin1String("A backup of Demo handset is running")),
             qPrintable(m_questions.first()));
    QVERIFY(m_window->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->backupController()->isRunning(), 60000);
    QCOMPARE(m_window->backupController()->lastReport().backup.state, SnapshotState::Complete);

    // Nothing running: the window closes without a question.
    QTRY_VERIFY_WITH_TIMEOUT(handsetText(key).contains(QLatin1String("Ready")), 20000);
    QTest::keyClick(progressDialog(), Qt::Key_Escape);
    QVERIFY(m_window->close());
    QCOMPARE(m_questions.size(), 1);

    // "Stop and Quit": the backup is asked to stop and the window closes.
    createWindow();
    QVERIFY(action("useDemoHandsetAction")->isChecked());  // a setting: kept from the last window
    QTRY_VERIFY_WITH_TIMEOUT(handsetText(key).contains(QLatin1String("Ready")), 20000);
    action("backUpNowAction")->trigger();
    m_answer = true;
    QVERIFY(m_window->close());
    QCOMPARE(m_questions.size(), 2);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->backupController()->isRunning(), 60000);
    const SnapshotState stopped = m_window->backupController()->lastReport().backup.state;
    // Cancelled, unless the tiny demo backup had already finished when the cancel arrived.
    QVERIFY(stopped == SnapshotState::Cancelled || stopped == SnapshotState::Complete);
}

void tst_Handsets::automaticBackupOfAKnownHandset()
{
    // Not known yet: connecting it does nothing by itself.
    {
        Settings settings;
        settings.setAutomaticBackup(true);
    }
    action("useDemoHandsetAction")->trigger();
    const QString key = HandsetWatcher::demoKey();
    QTRY_VERIFY_WITH_TIMEOUT(handsetText(key).contains(QLatin1String("Ready")), 20000);
    QTest::qWait(200);
    QVERIFY(!progressDialog());
    QVERIFY(!m_window->backupController()->isRunning());

    // Once backed up into this library, it is backed up as soon as it is connected again.
    action("backUpNowAction")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->backupController()->isRunning(), 60000);
    QCOMPARE(m_window->backupController()->lastReport().backup.state, SnapshotState::Complete);
    progressDialog()->close();
    QTRY_VERIFY(!progressDialog());
    action("useDemoHandsetAction")->trigger();  // off: the handset leaves
    QVERIFY(handsetText(key).isEmpty());
    action("useDemoHandsetAction")->trigger();  // on: it comes back
    QTRY_VERIFY_WITH_TIMEOUT(progressDialog() != nullptr, 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->backupController()->isRunning(), 60000);
    QCOMPARE(m_window->backupController()->lastReport().backup.state, SnapshotState::Complete);
    QTRY_COMPARE(child<QTreeWidget>("archiveTree")->topLevelItem(0)->childCount(), 2);
}

void tst_Handsets::settingsDialogWritesTheSettings()
{
    QAction *settings = action("settingsAction");
    QVERIFY(settings);
    QVERIFY(!settings->shortcut().isEmpty());
    settings->trigger();
    auto *dialog = m_window->findChild<QDialog *>(QStringLiteral("settingsDialog"));
    QVERIFY(dialog);
    auto *folder = dialog->findChild<QLineEdit *>(QStringLiteral("libraryFolderField"));
    auto *automatic = dialog->findChild<QCheckBox *>(QStringLiteral("automaticBackupCheck"));
    auto *encrypt = dialog->findChild<QCheckBox *>(QStringLiteral("encryptNewArchivesCheck"));
    auto *photos = dialog->findChild<QListWidget *>(QStringLiteral("photoFoldersList"));
    auto *newFolder = dialog->findChild<QLineEdit *>(QStringLiteral("newPhotoFolderField"));
    auto *add = dialog->findChild<QPushButton *>(QStringLiteral("addPhotoFolderButton"));
    auto *remove = dialog->findChild<QPushButton *>(QStringLiteral("removePhotoFolderButton"));
    QVERIFY(folder && automatic && encrypt && photos && newFolder && add && remove);
    for (QWidget *widget : std::initializer_list<QWidget *>{folder, automatic, encrypt, photos, newFolder, add, remove})
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
    QCOMPARE(photos->count(), 2);
    QVERIFY(!automatic->isChecked());
    QVERIFY(!encrypt->isChecked());

    const QString otherLibrary = m_dir.filePath(QStringLiteral("other-library"));
    folder->setText(otherLibrary);
    automatic->setChecked(true);
    encrypt->setChecked(true);
    QVERIFY(!add->isEnabled());
    QTest::keyClicks(newFolder, QStringLiteral("WhatsApp/Media"));
    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(photos->count(), 3);
    photos->setCurrentRow(1);  // Pictures
    QTest::mouseClick(remove, Qt::LeftButton);
    dialog->accept();

    const Settings stored;
    QCOMPARE(stored.libraryFolder(), otherLibrary);
    QVERIFY(stored.automaticBackup());
    QVERIFY(stored.encryptNewArchives());
    QCOMPARE(stored.photoFolders(), (QStringList{QStringLiteral("DCIM"), QStringLiteral("WhatsApp/Media")}));
    QCOMPARE(m_window->libraryFolder(), otherLibrary);
    QCOMPARE(m_window->handsetWatcher()->libraryFolder(), otherLibrary);
}

void tst_Handsets::failedBackupSaysWhatToDo()
{
    BackupProgressDialog dialog(QStringLiteral("Pixel 7"), m_window.get());
    dialog.show();
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Backing up Pixel 7"));
    JobProgress progress;
    progress.phase = QStringLiteral("Copying photos");
    progress.currentItem = QStringLiteral("DCIM/Camera/IMG_0001.jpg");
    progress.kind(ItemKind::Photo) = KindProgress{3, 10, 3'000'000, 10'000'000};
    progress.bytesDone = 3'000'000;
    progress.bytesTotal = 10'000'000;
    progress.bytesPerSecond = 1'000'000;
    progress.secondsRemaining = 7;
    dialog.showProgress(progress);
    auto *bar = dialog.findChild<QProgressBar *>(QStringLiteral("backupOverallBar"));
    QCOMPARE(bar->value(), 300);
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("backupTimeLeftLabel"))->text(),
             QStringLiteral("About 10 seconds left"));
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("backupRateLabel"))->text().isEmpty());
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("backupCurrentItemLabel"))->text(),
             QStringLiteral("DCIM/Camera/IMG_0001.jpg"));

    HandsetBackupJob::Report report;
    report.backup.state = SnapshotState::Failed;
    report.backup.error = Error(ErrorCode::NoDevice,
                                QStringLiteral("The handset was disconnected. Reconnect it and back up again."));
    dialog.showResult(report);
    auto *summary = dialog.findChild<QLabel *>(QStringLiteral("backupSummary"));
    QVERIFY(summary->isVisible());
    QCOMPARE(summary->text(), QStringLiteral("The backup failed. The handset was disconnected. Reconnect it "
                                             "and back up again."));
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Backup not complete"));
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("backupShowButton"))->isVisible());
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("backupCloseButton"))->isVisible());
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("backupCancelButton"))->isVisible());
}

void tst_Handsets::hotPlugAddsAndRemovesTheHandset()
{
    m_window->startHandsetMonitoring();
    const QString key = QStringLiteral("usb:") + UsbSerial;
    QTest::qWait(200);
    QVERIFY(handsetText(key).isEmpty());

    plugUsbHandset({});
    QTRY_VERIFY_WITH_TIMEOUT(!handsetText(key).isEmpty(), 10000);
    QVERIFY(handsetText(key).startsWith(QLatin1String("Lifeboat Virtual Handset")));
    QTRY_VERIFY_WITH_TIMEOUT(handsetText(key).contains(QLatin1String("Ready")), 20000);

    // Backed up over the real USB path, from the GUI.
    m_window->handsetsPane()->selectHandset(key);
    QTest::mouseClick(child<QPushButton>("backUpNowButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->backupController()->isRunning(), 60000);
    const auto &report = m_window->backupController()->lastReport();
    QVERIFY2(report.backup.state == SnapshotState::Complete,
             report.backup.error ? qPrintable(report.backup.error->toString()) : "not complete");
    QCOMPARE(report.backup.counts.contacts, qint64(6));
    QCOMPARE(report.backup.device.serialNumber, UsbSerial);
    QTRY_VERIFY_WITH_TIMEOUT(handsetText(key).contains(QLatin1String("Last backup today")), 20000);

    m_server.unplug();
    QTRY_VERIFY_WITH_TIMEOUT(handsetText(key).isEmpty(), 10000);
    QCOMPARE(m_window->handsetsPane()->list()->count(), 0);
    QVERIFY(child<QLabel>("handsetsEmptyLabel")->isVisible());
}

void tst_Handsets::stuckHandsetsSayWhatToDo_data()
{
    QTest::addColumn<bool>("locked");
    QTest::addColumn<QString>("message");
    QTest::newRow("locked") << true << QStringLiteral("Unlock the handset to let Lifeboat see its content");
    QTest::newRow("busy") << false
                          << QStringLiteral("Another program holds the handset: close the file manager or "
                                            "eject the handset there");
}

void tst_Handsets::stuckHandsetsSayWhatToDo()
{
    QFETCH(bool, locked);
    QFETCH(QString, message);
    m_window->startHandsetMonitoring();
    const QString key = QStringLiteral("usb:") + UsbSerial;
    VirtualHandsetFaults faults;
    if (locked)
        faults.lockedFor = std::chrono::milliseconds(-1);
    else
        faults.interfaceBusy = true;
    plugUsbHandset(faults);
    QTRY_VERIFY_WITH_TIMEOUT(handsetText(key).contains(message), 20000);
    QVERIFY(!child<QPushButton>("backUpNowButton")->isEnabled());
    const QListWidget *list = m_window->handsetsPane()->list();
    QVERIFY(list->item(0)->data(Qt::AccessibleTextRole).toString().contains(message));

    // The user unlocks the handset, or closes the file manager: the pane follows by itself.
    if (locked) {
        m_responder->unlock();
    } else {
        faults.interfaceBusy = false;
        m_responder->setFaults(faults);
    }
    QTRY_VERIFY_WITH_TIMEOUT(handsetText(key).contains(QLatin1String("Ready")), 20000);
    QVERIFY(!handsetText(key).contains(message));
    QVERIFY(child<QPushButton>("backUpNowButton")->isEnabled());
}

int main(int argc, char **argv)
{
    // The testbed must exist before Qt or libusb start threads (it sets UMOCKDEV_DIR).
    Lifeboat::UmockdevServer server;
    QApplication app(argc, argv);
    tst_Handsets test(server);
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_handsets.moc"
