#include "DemoArchiveBuilder.h"

#include "model/archive/Archive.h"
#include "ui/verify/VerifyDialog.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace Lifeboat;

class tst_VerifyDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void goodArchiveIsFine();
    void damagedCopyNamesTheDamage();

private:
    bool runVerify(VerifyDialog &dialog);

    QTemporaryDir m_dir;
    QString m_archivePath;
};

void tst_VerifyDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_archivePath = m_dir.filePath(QStringLiteral("demo.lifeboat"));
    auto built = DemoArchiveBuilder::build(m_archivePath, QDate(2026, 11, 1));
    QVERIFY2(built.ok(), built ? "" : qPrintable(built.error().toString()));
}

bool tst_VerifyDialog::runVerify(VerifyDialog &dialog)
{
    dialog.show();
    QSignalSpy finished(&dialog, &VerifyDialog::verifyFinished);
    if (!dialog.start())
        return false;
    if (!dialog.findChild<QPushButton *>(QStringLiteral("verifyCancelButton"))->isVisible())
        return false;
    return finished.wait(30000);
}

void tst_VerifyDialog::goodArchiveIsFine()
{
    VerifyDialog dialog(m_archivePath);
    QVERIFY(runVerify(dialog));
    QVERIFY(dialog.archiveIsIntact());
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("verifyPhase"))->text(), QStringLiteral("The archive is fine."));
    const QString result = dialog.findChild<QTextBrowser *>(QStringLiteral("verifyResult"))->toPlainText();
    QVERIFY2(result.contains(u"Every snapshot can be restored"), qPrintable(result));
    QVERIFY(dialog.findChild<QPushButton *>(QStringLiteral("verifyCloseButton"))->isVisible());
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("verifyCancelButton"))->isVisible());
}

void tst_VerifyDialog::damagedCopyNamesTheDamage()
{
    // Flip one byte inside a photo that only the second snapshot holds.
    const QString copy = m_dir.filePath(QStringLiteral("damaged.lifeboat"));
    QVERIFY(QFile::copy(m_archivePath, copy));
    QVERIFY(QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner));
    ObjectRecord victim;
    QByteArray photo;
    QString firstTitle, secondTitle;
    {
        auto opened = Archive::open(copy, Archive::OpenMode::ReadOnly);
        QVERIFY(opened);
        const auto snapshots = (*opened)->snapshots();
        QVERIFY(snapshots && snapshots->size() == 2);
        const auto before = (*opened)->snapshotObjects(snapshots->first().id, ItemKind::Photo);
        const auto after = (*opened)->snapshotObjects(snapshots->last().id, ItemKind::Photo);
        QVERIFY(before && after);
        for (const ObjectRecord &candidate : *after) {
            const bool shared = std::any_of(before->cbegin(), before->cend(), [&](const ObjectRecord &o) {
                return o.contentHash == candidate.contentHash;
            });
            if (!shared) {
                victim = candidate;
                break;
            }
        }
        QVERIFY2(victim.id != 0, "the second snapshot has no photo of its own");
        QVERIFY((*opened)->readContent(victim.contentHash, [&](const char *d, qsizetype n) {
            photo.append(d, n);
            return Status();
        }));
    }
    QFile file(copy);
    QVERIFY(file.open(QIODevice::ReadWrite));
    const QByteArray all = file.readAll();
    const qsizetype at = all.indexOf(photo.mid(photo.size() / 2, 64));
    QVERIFY(at > 0);
    file.seek(at + 10);
    file.write(QByteArray(1, char(all.at(at + 10) ^ 0x5a)));
    file.close();

    VerifyDialog dialog(copy);
    QVERIFY(runVerify(dialog));
    QVERIFY(!dialog.archiveIsIntact());
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("verifyPhase"))->text(), QStringLiteral("The archive is damaged."));
    const QString result = dialog.findChild<QTextBrowser *>(QStringLiteral("verifyResult"))->toPlainText();
    QVERIFY2(result.contains(victim.path()), qPrintable(result));
    QVERIFY2(result.contains(u"Damaged snapshots:"), qPrintable(result));
    // The first snapshot does not hold the damaged photo: it still restores completely.
    QVERIFY2(result.contains(u"What still restores: the snapshots"), qPrintable(result));
}

QTEST_MAIN(tst_VerifyDialog)
#include "tst_verifydialog.moc"
