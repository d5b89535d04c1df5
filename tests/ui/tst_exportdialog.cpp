#include "DemoArchiveBuilder.h"

#include "model/archive/Archive.h"
#include "ui/export/ExportDialog.h"

#include <QCheckBox>
#include <QDirIterator>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace Lifeboat;

class tst_ExportDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void writesChosenKinds_data();
    void writesChosenKinds();
    void needsAKindAndAFolder();

private:
    QTemporaryDir m_dir;
    QString m_archivePath;
    qint64 m_snapshot = 0;
};

void tst_ExportDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_archivePath = m_dir.filePath(QStringLiteral("demo.lifeboat"));
    auto built = DemoArchiveBuilder::build(m_archivePath, QDate(2026, 11, 1));
    QVERIFY2(built.ok(), built ? "" : qPrintable(built.error().toString()));
    m_snapshot = built->secondSnapshot;
}

void tst_ExportDialog::writesChosenKinds_data()
{
    QTest::addColumn<QStringList>("kinds");
    QTest::addColumn<QStringList>("expected");  // files and folders in the export folder
    QTest::newRow("everything") << QStringList{QStringLiteral("contacts"), QStringLiteral("events"),
                                               QStringLiteral("todos"), QStringLiteral("photos")}
                                << QStringList{QStringLiteral("calendar.ics"), QStringLiteral("contacts.vcf"),
                                               QStringLiteral("photos"), QStringLiteral("todos.ics")};
    QTest::newRow("contacts only") << QStringList{QStringLiteral("contacts")}
                                   << QStringList{QStringLiteral("contacts.vcf")};
    QTest::newRow("photos only") << QStringList{QStringLiteral("photos")} << QStringList{QStringLiteral("photos")};
}

void tst_ExportDialog::writesChosenKinds()
{
    QFETCH(QStringList, kinds);
    QFETCH(QStringList, expected);
    const QString folder = m_dir.filePath(QStringLiteral("export-%1").arg(QLatin1String(QTest::currentDataTag())).replace(u' ', u'-'));

    ExportDialog dialog(m_archivePath, m_snapshot);
    dialog.show();
    for (const QString &kind : {QStringLiteral("contacts"), QStringLiteral("events"), QStringLiteral("todos"),
                                QStringLiteral("photos")}) {
        auto *box = dialog.findChild<QCheckBox *>(QStringLiteral("exportKind_") + kind);
        QVERIFY2(box, qPrintable(kind));
        box->setChecked(kinds.contains(kind));
    }
    dialog.findChild<QLineEdit *>(QStringLiteral("exportFolderEdit"))->setText(folder);
    QSignalSpy finished(&dialog, &ExportDialog::exportFinished);
    auto *start = dialog.findChild<QPushButton *>(QStringLiteral("exportStartButton"));
    QVERIFY(start->isEnabled());
    start->click();
    QVERIFY(dialog.isRunning() || finished.count() == 1);
    QVERIFY(finished.count() == 1 || finished.wait(30000));

    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name), expected);
    auto archive = Archive::open(m_archivePath, Archive::OpenMode::ReadOnly);
    QVERIFY(archive);
    const QString result = dialog.findChild<QTextBrowser *>(QStringLiteral("exportResult"))->toPlainText();
    QVERIFY2(result.contains(QDir::toNativeSeparators(folder)), qPrintable(result));
    if (kinds.contains(u"contacts")) {
        QFile vcf(QDir(folder).filePath(QStringLiteral("contacts.vcf")));
        QVERIFY(vcf.open(QIODevice::ReadOnly));
        const auto contacts = (*archive)->contacts(m_snapshot);
        QVERIFY(contacts && !contacts->isEmpty());
        QCOMPARE(vcf.readAll().count("BEGIN:VCARD"), contacts->size());
        QVERIFY(result.contains(QStringLiteral("%1 contacts").arg(contacts->size())));
        QVERIFY(result.contains(u"contacts.vcf"));
    }
    if (kinds.contains(u"events")) {
        QFile ics(QDir(folder).filePath(QStringLiteral("calendar.ics")));
        QVERIFY(ics.open(QIODevice::ReadOnly));
        QVERIFY(ics.readAll().contains("BEGIN:VEVENT"));
    }
    if (kinds.contains(u"photos")) {
        const auto photos = (*archive)->snapshotObjects(m_snapshot, ItemKind::Photo);
        QVERIFY(photos && !photos->isEmpty());
        for (const ObjectRecord &photo : *photos) {
            QFile file(QDir(folder).filePath(QStringLiteral("photos/") + photo.name));
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(photo.name));
            QCOMPARE(quint64(file.size()), photo.size);
        }
    }
}

void tst_ExportDialog::needsAKindAndAFolder()
{
    ExportDialog dialog(m_archivePath, m_snapshot);
    auto *start = dialog.findChild<QPushButton *>(QStringLiteral("exportStartButton"));
    auto *folder = dialog.findChild<QLineEdit *>(QStringLiteral("exportFolderEdit"));
    folder->setText(m_dir.filePath(QStringLiteral("unused")));
    QVERIFY(start->isEnabled());
    folder->clear();
    QVERIFY(!start->isEnabled());
    folder->setText(m_dir.filePath(QStringLiteral("unused")));
    const QList<QCheckBox *> boxes = dialog.findChildren<QCheckBox *>(QRegularExpression(QStringLiteral("^exportKind_")));
    QCOMPARE(boxes.size(), 4);
    for (QCheckBox *box : boxes)
        box->setChecked(false);
    QVERIFY(!start->isEnabled());
    QVERIFY(!dialog.startExport());
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("unused"))));
}

QTEST_MAIN(tst_ExportDialog)
#include "tst_exportdialog.moc"
