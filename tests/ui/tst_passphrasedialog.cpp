#include "model/archive/Archive.h"
#include "ui/MainWindow.h"
#include "ui/MessagePresenter.h"
#include "ui/unlock/ArchiveUnlocker.h"
#include "ui/unlock/PassphraseDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Lifeboat;

namespace {

std::shared_ptr<const SecretBytes> secret(const char *text)
{
    return std::make_shared<const SecretBytes>(SecretBytes::fromBytes(text, qsizetype(qstrlen(text))));
}

// Answers the unlocker's questions from a list, recording what it was told.
struct ScriptedAnswers
{
    QList<const char *> answers;  // nullptr: the user cancels
    QStringList problems;
    ArchiveUnlocker::Ask ask()
    {
        return [this](const QString &, const QString &problem) -> std::shared_ptr<const SecretBytes> {
            problems << problem;
            const char *answer = answers.isEmpty() ? nullptr : answers.takeFirst();
            return answer ? secret(answer) : nullptr;
        };
    }
};

} // namespace

// The desktop application asks for the passphrase of an encrypted archive (ui/unlock).
class tst_PassphraseDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void dialogHidesAndHandsOverText();
    void unlockerAsksUntilRight();
    void unlockerDoesNotAskWhileScanning();
    void cancelIsAClearError();
    void unlockKeyTellsCancelFromWrong_data();
    void unlockKeyTellsCancelFromWrong();
    void newPassphraseMustBeTypedTwice_data();
    void newPassphraseMustBeTypedTwice();
    void mainWindowOpensEncryptedArchive();

private:
    QTemporaryDir m_tmp;
    QString m_path;
};

void tst_PassphraseDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_tmp.isValid());
    m_path = m_tmp.filePath(QStringLiteral("locked.lifeboat"));
    ArchiveOptions options;
    options.passphrase = secret("open sesame");
    options.kdfStrength = ArchiveKeyring::Strength::InteractiveForTesting;
    auto archive = Archive::create(m_path, options);
    QVERIFY(archive);
    const qint64 device = *(*archive)->addOrUpdateDevice({0, QStringLiteral("S1"), QStringLiteral("Acme"),
                                                          QStringLiteral("One"), QStringLiteral("Phone")});
    const qint64 snapshot = *(*archive)->beginSnapshot(device);
    QVERIFY((*archive)->completeSnapshot(snapshot));
}

void tst_PassphraseDialog::dialogHidesAndHandsOverText()
{
    PassphraseDialog dialog(QStringLiteral("locked.lifeboat"), QStringLiteral("It was wrong."));
    auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("passphraseEdit"));
    QVERIFY(edit);
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
    QVERIFY(dialog.findChild<QWidget *>(QStringLiteral("passphraseProblem")));
    QTest::keyClicks(edit, QStringLiteral("typed words"));
    const std::shared_ptr<const SecretBytes> taken = dialog.takePassphrase();
    QCOMPARE(QByteArray(taken->constChars(), taken->size()), QByteArray("typed words"));
    QVERIFY(edit->text().isEmpty());
}

void tst_PassphraseDialog::unlockerAsksUntilRight()
{
    ArchiveUnlocker unlocker(nullptr);
    ScriptedAnswers script{{"wrong", "open sesame"}, {}};
    unlocker.setAsk(script.ask());
    auto opened = unlocker.open(m_path, true);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
    QCOMPARE(script.problems.size(), 2);
    QVERIFY(script.problems[0].isEmpty());
    QVERIFY2(script.problems[1].contains(QStringLiteral("wrong")), qPrintable(script.problems[1]));
    QVERIFY(unlocker.keyFor(m_path));
    // Once unlocked, the archive opens again without a question.
    QVERIFY(unlocker.open(m_path, true));
    QCOMPARE(script.problems.size(), 2);
}

void tst_PassphraseDialog::unlockerDoesNotAskWhileScanning()
{
    ArchiveUnlocker unlocker(nullptr);
    ScriptedAnswers script{{"open sesame"}, {}};
    unlocker.setAsk(script.ask());
    auto scanned = unlocker.open(m_path, false);
    QVERIFY(!scanned);
    QCOMPARE(scanned.error().code(), ErrorCode::Passphrase);
    QVERIFY(scanned.error().message().contains(QStringLiteral("File > Open")));
    QVERIFY(script.problems.isEmpty());
}

void tst_PassphraseDialog::cancelIsAClearError()
{
    ArchiveUnlocker unlocker(nullptr);
    ScriptedAnswers script{{nullptr}, {}};
    unlocker.setAsk(script.ask());
    auto cancelled = unlocker.open(m_path, true);
    QVERIFY(!cancelled);
    QCOMPARE(cancelled.error().code(), ErrorCode::Passphrase);
    QVERIFY(cancelled.error().message().contains(QStringLiteral("no passphrase")));
}

void tst_PassphraseDialog::unlockKeyTellsCancelFromWrong_data()
{
    QTest::addColumn<QList<const char *>>("answers");
    QTest::addColumn<int>("code");  // ErrorCode; -1: unlocked
    QTest::newRow("right") << QList<const char *>{"open sesame"} << -1;
    QTest::newRow("wrong then right") << QList<const char *>{"nope", "open sesame"} << -1;
    QTest::newRow("cancelled") << QList<const char *>{nullptr} << int(ErrorCode::Cancelled);
    QTest::newRow("wrong then cancelled") << QList<const char *>{"nope", nullptr} << int(ErrorCode::Cancelled);
    QTest::newRow("wrong too often") << QList<const char *>(ArchiveUnlocker::MaxAttempts, "nope")
                                     << int(ErrorCode::Passphrase);
}

void tst_PassphraseDialog::unlockKeyTellsCancelFromWrong()
{
    QFETCH(QList<const char *>, answers);
    QFETCH(int, code);
    ArchiveUnlocker unlocker(nullptr);
    ScriptedAnswers script{answers, {}};
    unlocker.setAsk(script.ask());
    const auto key = unlocker.unlockKey(m_path);
    QCOMPARE(script.problems.size(), answers.size());
    if (code >= 0) {
        QVERIFY(!key);
        QCOMPARE(int(key.error().code()), code);
        QVERIFY(!unlocker.keyFor(m_path));
        return;
    }
    QVERIFY2(key, qPrintable(key ? QString() : key.error().toString()));
    QVERIFY(*key);
    QCOMPARE(unlocker.keyFor(m_path), *key);
    // The key opens the archive (as a backup's job does) without the passphrase.
    QVERIFY(Archive::open(m_path, Archive::OpenMode::ReadOnly, ArchiveUnlock{nullptr, *key}));
    // Asked once per session.
    QVERIFY(unlocker.unlockKey(m_path));
    QCOMPARE(script.problems.size(), answers.size());
}

void tst_PassphraseDialog::newPassphraseMustBeTypedTwice_data()
{
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second");
    QTest::addColumn<bool>("okEnabled");
    QTest::addColumn<bool>("mismatchShown");
    QTest::newRow("nothing") << QString() << QString() << false << false;
    QTest::newRow("once") << QStringLiteral("lighthouse") << QString() << false << false;
    QTest::newRow("differ") << QStringLiteral("lighthouse") << QStringLiteral("lighthoose") << false << true;
    QTest::newRow("same") << QStringLiteral("lighthouse") << QStringLiteral("lighthouse") << true << false;
}

void tst_PassphraseDialog::newPassphraseMustBeTypedTwice()
{
    QFETCH(QString, first);
    QFETCH(QString, second);
    QFETCH(bool, okEnabled);
    QFETCH(bool, mismatchShown);
    PassphraseDialog dialog(PassphraseDialog::Purpose::ChooseNew, QStringLiteral("new.lifeboat"), QString());
    dialog.show();
    auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("passphraseEdit"));
    auto *confirm = dialog.findChild<QLineEdit *>(QStringLiteral("passphraseConfirmEdit"));
    auto *warning = dialog.findChild<QLabel *>(QStringLiteral("passphraseWarning"));
    auto *mismatch = dialog.findChild<QLabel *>(QStringLiteral("passphraseMismatch"));
    QVERIFY(edit && confirm && warning && mismatch);
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
    QCOMPARE(confirm->echoMode(), QLineEdit::Password);
    QVERIFY(!confirm->accessibleName().isEmpty());
    QVERIFY2(warning->text().contains(QLatin1String("cannot be recovered")), qPrintable(warning->text()));
    QTest::keyClicks(edit, first);
    QTest::keyClicks(confirm, second);
    QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QCOMPARE(ok->isEnabled(), okEnabled);
    QCOMPARE(mismatch->isVisible(), mismatchShown);
    if (!okEnabled)
        return;
    const std::shared_ptr<const SecretBytes> taken = dialog.takePassphrase();
    QCOMPARE(QByteArray(taken->constChars(), taken->size()), first.toUtf8());
    QVERIFY(edit->text().isEmpty());
    QVERIFY(confirm->text().isEmpty());
}

void tst_PassphraseDialog::mainWindowOpensEncryptedArchive()
{
    QTemporaryDir library;
    MainWindow window(nullptr, library.path());
    ScriptedAnswers script{{"open sesame"}, {}};
    window.unlocker()->setAsk(script.ask());
    QVERIFY(window.openArchive(m_path));
    QCOMPARE(window.currentArchivePath(), m_path);
    QCOMPARE(script.problems.size(), 1);
}

QTEST_MAIN(tst_PassphraseDialog)
#include "tst_passphrasedialog.moc"
