// Backups from the window into encrypted archives: the passphrase of the handset's archive asked
// on "Back up now" (right, wrong then right, cancelled, wrong too often), automatic backups that
// never ask by themselves, and a first backup that creates the archive encrypted.

#include "app/HandsetWatcher.h"
#include "app/Settings.h"
#include "model/archive/Archive.h"
#include "ui/MainWindow.h"
#include "RecordingPresenter.h"
#include "ui/MessagePresenter.h"
#include "ui/handsets/BackupController.h"
#include "ui/handsets/HandsetsPane.h"
#include "ui/unlock/ArchiveUnlocker.h"

#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QListWidget>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Lifeboat;
using Lifeboat::TestSupport::RecordingPresenter;

namespace {

const char *const Passphrase = "correct horse battery";

std::shared_ptr<const SecretBytes> secret(const char *text)
{
    return std::make_shared<const SecretBytes>(SecretBytes::fromBytes(text, qsizetype(qstrlen(text))));
}

// Answers the window's passphrase questions from lists; nullptr: the user cancels.
struct ScriptedUser
{
    QList<const char *> answers;
    QList<const char *> newAnswers;
    QStringList problems;  // one per question about an existing archive
    int newAsked = 0;
    void install(ArchiveUnlocker *unlocker)
    {
        unlocker->setAsk([this](const QString &, const QString &problem) -> std::shared_ptr<const SecretBytes> {
            problems << problem;
            const char *answer = answers.isEmpty() ? nullptr : answers.takeFirst();
            return answer ? secret(answer) : nullptr;
        });
        unlocker->setAskNew([this](const QString &) -> std::shared_ptr<const SecretBytes> {
            ++newAsked;
            const char *answer = newAnswers.isEmpty() ? nullptr : newAnswers.takeFirst();
            return answer ? secret(answer) : nullptr;
        });
    }
};

// Complete snapshots in the archive, opened with `passphrase`; -1 when it does not open.
int completeSnapshots(const QString &path, const char *passphrase)
{
    auto archive = Archive::open(path, Archive::OpenMode::ReadOnly,
                                 ArchiveUnlock{passphrase ? secret(passphrase) : nullptr, nullptr});
    if (!archive)
        return -1;
    auto snapshots = (*archive)->snapshots();
    if (!snapshots)
        return -1;
    return int(std::count_if(snapshots->cbegin(), snapshots->cend(), [](const SnapshotInfo &snapshot) {
        return snapshot.state == SnapshotState::Complete;
    }));
}

} // namespace

class tst_EncryptedBackup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void backUpIntoEncryptedArchive_data();
    void backUpIntoEncryptedArchive();
    void automaticBackupNeverAsks();
    void firstBackupCreatesEncryptedArchive_data();
    void firstBackupCreatesEncryptedArchive();

private:
    QString handsetText() const;
    QDialog *progressDialog() const
    {
        return m_window->findChild<QDialog *>(QStringLiteral("backupProgressDialog"));
    }
    void toggleDemo() { m_window->findChild<QAction *>(QStringLiteral("useDemoHandsetAction"))->trigger(); }
    // The demo handset's archive in the library, made encrypted with one complete snapshot.
    QString createEncryptedArchive();
    void waitForBackup();

    QTemporaryDir m_dir;
    QString m_library;
    QList<Error> m_errors;
    ScriptedUser m_user;
    std::unique_ptr<MainWindow> m_window;
};

void tst_EncryptedBackup::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("LifeboatTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_encryptedbackup"));
    QVERIFY(m_dir.isValid());
}

void tst_EncryptedBackup::init()
{
    QSettings().clear();
    m_errors.clear();
    m_user = {};
    m_library = m_dir.filePath(QStringLiteral("library-%1-%2")
                                   .arg(QString::fromUtf8(QTest::currentTestFunction()),
                                        QString::fromUtf8(QTest::currentDataTag()).replace(u' ', u'-')));
    m_window = std::make_unique<MainWindow>(nullptr, m_library);
    m_window->setMessagePresenter(std::make_unique<RecordingPresenter>(&m_errors));
    m_window->backupController()->setKeyStrengthForTesting(ArchiveKeyring::Strength::InteractiveForTesting);
    m_user.install(m_window->unlocker());
    m_window->resize(1000, 700);
    m_window->show();
    toggleDemo();
    QTRY_VERIFY_WITH_TIMEOUT(handsetText().contains(QLatin1String("Ready")), 20000);
}

void tst_EncryptedBackup::cleanup()
{
    m_window.reset();
}

QString tst_EncryptedBackup::handsetText() const
{
    const QListWidget *list = m_window->handsetsPane()->list();
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(HandsetsPane::KeyRole).toString() == HandsetWatcher::demoKey())
            return list->item(i)->text();
    }
    return {};
}

QString tst_EncryptedBackup::createEncryptedArchive()
{
    HandsetWatcher *watcher = m_window->handsetWatcher();
    const QString path = watcher->handset(HandsetWatcher::demoKey())->archivePath;
    if (path.isEmpty() || !QDir().mkpath(m_library))
        return {};
    ArchiveOptions options;
    options.passphrase = secret(Passphrase);
    options.kdfStrength = ArchiveKeyring::Strength::InteractiveForTesting;
    {
        auto archive = Archive::create(path, options);
        if (!archive)
            return {};
        const Result<qint64> device = (*archive)->addOrUpdateDevice(
            {0, QStringLiteral("OLD-1"), QStringLiteral("Acme"), QStringLiteral("One"), QStringLiteral("Phone")});
        const Result<qint64> snapshot = device ? (*archive)->beginSnapshot(*device) : Result<qint64>(device.error());
        if (!snapshot || !(*archive)->completeSnapshot(*snapshot))
            return {};
    }
    watcher->refresh(HandsetWatcher::demoKey());
    return path;
}

void tst_EncryptedBackup::waitForBackup()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->backupController()->isRunning(), 90000);
    const auto &report = m_window->backupController()->lastReport();
    QVERIFY2(report.backup.state == SnapshotState::Complete,
             report.backup.error ? qPrintable(report.backup.error->toString()) : "not complete");
}

void tst_EncryptedBackup::backUpIntoEncryptedArchive_data()
{
    QTest::addColumn<QList<const char *>>("answers");
    QTest::addColumn<bool>("backsUp");
    QTest::addColumn<bool>("errorShown");
    QTest::newRow("right") << QList<const char *>{Passphrase} << true << false;
    QTest::newRow("wrong then right") << QList<const char *>{"wrong", Passphrase} << true << false;
    QTest::newRow("cancelled") << QList<const char *>{nullptr} << false << false;
    QTest::newRow("wrong too often") << QList<const char *>(ArchiveUnlocker::MaxAttempts, "wrong") << false
                                     << true;
}

void tst_EncryptedBackup::backUpIntoEncryptedArchive()
{
    QFETCH(QList<const char *>, answers);
    QFETCH(bool, backsUp);
    QFETCH(bool, errorShown);
    const QString path = createEncryptedArchive();
    QVERIFY(!path.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(handsetText().contains(QLatin1String("Last backup today")), 20000);
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->handsetWatcher()->isProbing(HandsetWatcher::demoKey()), 20000);
    m_user.answers = answers;
    const qsizetype asked = answers.size();

    BackupController *controller = m_window->backupController();
    QCOMPARE(controller->backUp(HandsetWatcher::demoKey()), backsUp);
    QCOMPARE(m_user.problems.size(), asked);
    QVERIFY(m_user.problems.constFirst().isEmpty());
    for (qsizetype i = 1; i < asked; ++i)
        QVERIFY2(m_user.problems.at(i).contains(QLatin1String("wrong")), qPrintable(m_user.problems.at(i)));
    QCOMPARE(m_user.newAsked, 0);
    if (!backsUp) {
        QVERIFY(!controller->isRunning());
        QVERIFY(!progressDialog());
        QCOMPARE(m_errors.size(), errorShown ? 1 : 0);
        if (errorShown)
            QCOMPARE(m_errors.constFirst().code(), ErrorCode::Passphrase);
        QVERIFY(!m_window->unlocker()->keyFor(path));
        QCOMPARE(completeSnapshots(path, Passphrase), 1);
        return;
    }
    QVERIFY(progressDialog());
    waitForBackup();
    QCOMPARE(controller->lastReport().archivePath, path);
    QVERIFY(!controller->lastReport().archiveCreated);
    QVERIFY(m_errors.isEmpty());
    QCOMPARE(completeSnapshots(path, Passphrase), 2);
    QCOMPARE(completeSnapshots(path, "wrong"), -1);
    // The library shows the new snapshot with the key asked for the backup: no second question.
    QTRY_COMPARE(m_window->currentArchivePath(), path);
    QCOMPARE(m_user.problems.size(), asked);
}

void tst_EncryptedBackup::automaticBackupNeverAsks()
{
    Settings().setAutomaticBackup(true);
    const QString path = createEncryptedArchive();
    QVERIFY(!path.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(handsetText().contains(QLatin1String("Last backup today")), 20000);
    toggleDemo();  // unplugged
    toggleDemo();  // and plugged in again: known now, so backed up automatically, if it could be
    QTRY_VERIFY_WITH_TIMEOUT(handsetText().contains(QLatin1String("back up now to enter its passphrase")), 20000);
    QVERIFY(!m_window->backupController()->isRunning());
    QVERIFY(!progressDialog());
    QVERIFY(m_user.problems.isEmpty());
    QVERIFY(m_errors.isEmpty());

    // "Back up now" asks once; the note goes.
    m_user.answers = {Passphrase};
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->handsetWatcher()->isProbing(HandsetWatcher::demoKey()), 20000);
    QVERIFY(m_window->backupController()->backUp(HandsetWatcher::demoKey()));
    QCOMPARE(m_user.problems.size(), 1);
    QVERIFY(!handsetText().contains(QLatin1String("passphrase")));
    waitForBackup();
    progressDialog()->close();
    QTRY_VERIFY(!progressDialog());

    // Unlocked in this session: the next automatic backup runs without a question.
    toggleDemo();
    toggleDemo();
    QTRY_VERIFY_WITH_TIMEOUT(progressDialog() != nullptr, 20000);
    waitForBackup();
    QCOMPARE(m_user.problems.size(), 1);
    QCOMPARE(completeSnapshots(path, Passphrase), 3);
}

void tst_EncryptedBackup::firstBackupCreatesEncryptedArchive_data()
{
    QTest::addColumn<bool>("encryptSetting");
    QTest::addColumn<QList<const char *>>("newAnswers");
    QTest::addColumn<bool>("backsUp");
    QTest::newRow("encrypted") << true << QList<const char *>{Passphrase} << true;
    QTest::newRow("cancelled") << true << QList<const char *>{nullptr} << false;
    QTest::newRow("setting off") << false << QList<const char *>{} << true;
}

void tst_EncryptedBackup::firstBackupCreatesEncryptedArchive()
{
    QFETCH(bool, encryptSetting);
    QFETCH(QList<const char *>, newAnswers);
    QFETCH(bool, backsUp);
    Settings().setEncryptNewArchives(encryptSetting);
    m_user.newAnswers = newAnswers;
    const QString path = m_window->handsetWatcher()->handset(HandsetWatcher::demoKey())->archivePath;
    QVERIFY(!path.isEmpty());
    QVERIFY(!QFileInfo::exists(path));

    QCOMPARE(m_window->backupController()->backUp(HandsetWatcher::demoKey()), backsUp);
    QCOMPARE(m_user.newAsked, encryptSetting ? 1 : 0);
    if (!backsUp) {
        QVERIFY(!m_window->backupController()->isRunning());
        QVERIFY(!progressDialog());
        QVERIFY(m_errors.isEmpty());
        QVERIFY(!QFileInfo::exists(path));
        return;
    }
    waitForBackup();
    const auto &report = m_window->backupController()->lastReport();
    QCOMPARE(report.archivePath, path);
    QVERIFY(report.archiveCreated);
    QCOMPARE(Archive::isEncrypted(path).value(), encryptSetting);
    if (encryptSetting) {
        QCOMPARE(completeSnapshots(path, Passphrase), 1);
        QCOMPARE(completeSnapshots(path, "another passphrase"), -1);
        QCOMPARE(completeSnapshots(path, nullptr), -1);
        QVERIFY(m_window->unlocker()->keyFor(path));
    } else {
        QCOMPARE(completeSnapshots(path, nullptr), 1);
    }
    // The new archive is shown in the library at once, without asking for the passphrase.
    QTRY_COMPARE(m_window->currentArchivePath(), path);
    QVERIFY(m_user.problems.isEmpty());
    QVERIFY(m_errors.isEmpty());
}

QTEST_MAIN(tst_EncryptedBackup)
#include "tst_encryptedbackup.moc"
