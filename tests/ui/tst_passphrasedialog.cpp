#include "model/archive/Archive.h"
#include "ui/MainWindow.h"
#include "ui/MessagePresenter.h"
#include "ui/unlock/ArchiveUnlocker.h"
#include "ui/unlock/PassphraseDialog.h"

#include <QLineEdit>
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
