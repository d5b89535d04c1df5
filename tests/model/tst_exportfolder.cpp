#include "model/export/ExportFolder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace Lifeboat;

class tst_ExportFolder : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void writesPrivateFilesAtomically();
    void neverWritesOutside_data();
    void neverWritesOutside();
    void refusesSymlinks();
    void sameNameTwiceGetsNumbered();
    void keepsModificationTime();
    void producerErrorLeavesNoFile();
};

static QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void tst_ExportFolder::writesPrivateFilesAtomically()
{
    QTemporaryDir tmp;
    const QString root = tmp.filePath(QStringLiteral("out/nested"));
    auto folder = ExportFolder::create(root);
    QVERIFY(folder);
    QCOMPARE(QFileInfo(root).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    const auto written = folder->writeFile(QStringLiteral("photos/a.jpg"), QByteArray("hello"));
    QVERIFY(written);
    QCOMPARE(*written, QStringLiteral("photos/a.jpg"));
    const QString path = root + QStringLiteral("/photos/a.jpg");
    QCOMPARE(readAll(path), QByteArray("hello"));
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup
        | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    QCOMPARE(QFileInfo(path).permissions() & others, QFile::Permissions());
    QVERIFY(QFileInfo(path).permissions() & QFile::ReadOwner);
    QCOMPARE(QDir(root).entryList(QDir::Files | QDir::Hidden), QStringList());  // no temp leftovers
    QCOMPARE(QDir(root + QStringLiteral("/photos")).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("a.jpg")});
}

void tst_ExportFolder::neverWritesOutside_data()
{
    QTest::addColumn<QString>("relative");
    QTest::newRow("dotdot") << QStringLiteral("../../escape.txt");
    QTest::newRow("absolute") << QStringLiteral("/tmp/escape.txt");
    QTest::newRow("backslashes") << QStringLiteral("..\\..\\escape.txt");
    QTest::newRow("nested dotdot") << QStringLiteral("a/../../../escape.txt");
}

void tst_ExportFolder::neverWritesOutside()
{
    QFETCH(QString, relative);
    QTemporaryDir tmp;
    const QString root = tmp.filePath(QStringLiteral("out"));
    auto folder = ExportFolder::create(root);
    QVERIFY(folder);
    const auto written = folder->writeFile(relative, QByteArray("x"));
    QVERIFY(written);
    const QString absolute = QFileInfo(root + u'/' + *written).canonicalFilePath();
    QVERIFY2(absolute.startsWith(QFileInfo(root).canonicalFilePath() + u'/'), qPrintable(absolute));
    // Nothing appeared beside the export folder.
    QCOMPARE(QDir(tmp.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList{QStringLiteral("out")});
}

void tst_ExportFolder::refusesSymlinks()
{
    QTemporaryDir tmp;
    const QString root = tmp.filePath(QStringLiteral("out"));
    const QString outside = tmp.filePath(QStringLiteral("outside"));
    QVERIFY(QDir().mkpath(outside));
    QVERIFY(QDir().mkpath(root));
    QVERIFY(QFile::link(outside, root + QStringLiteral("/photos")));
    auto folder = ExportFolder::create(root);
    QVERIFY(folder);
    const auto written = folder->writeFile(QStringLiteral("photos/a.jpg"), QByteArray("x"));
    QVERIFY(!written);
    QCOMPARE(written.error().code(), ErrorCode::Usage);
    QVERIFY(QDir(outside).isEmpty());
}

void tst_ExportFolder::sameNameTwiceGetsNumbered()
{
    QTemporaryDir tmp;
    auto folder = ExportFolder::create(tmp.path());
    QVERIFY(folder);
    QCOMPARE(*folder->writeFile(QStringLiteral("p/a:b.jpg"), QByteArray("1")), QStringLiteral("p/a_b.jpg"));
    QCOMPARE(*folder->writeFile(QStringLiteral("p/a?b.jpg"), QByteArray("2")), QStringLiteral("p/a_b (2).jpg"));
    QCOMPARE(readAll(tmp.filePath(QStringLiteral("p/a_b.jpg"))), QByteArray("1"));
    QCOMPARE(readAll(tmp.filePath(QStringLiteral("p/a_b (2).jpg"))), QByteArray("2"));
}

void tst_ExportFolder::keepsModificationTime()
{
    QTemporaryDir tmp;
    auto folder = ExportFolder::create(tmp.path());
    QVERIFY(folder);
    const QDateTime when(QDate(2019, 7, 14), QTime(12, 30, 5), Qt::UTC);
    QVERIFY(folder->writeFile(QStringLiteral("x.jpg"), QByteArray("x"), when));
    QCOMPARE(QFileInfo(tmp.filePath(QStringLiteral("x.jpg"))).lastModified().toUTC(), when);
}

void tst_ExportFolder::producerErrorLeavesNoFile()
{
    QTemporaryDir tmp;
    auto folder = ExportFolder::create(tmp.path());
    QVERIFY(folder);
    int calls = 0;
    const auto written = folder->writeFile(QStringLiteral("x.bin"), [&]() -> Result<QByteArray> {
        if (++calls == 1)
            return QByteArray(1000, 'a');
        return Error(ErrorCode::DeviceIo, QStringLiteral("gone"));
    });
    QVERIFY(!written);
    QCOMPARE(QDir(tmp.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
}

QTEST_GUILESS_MAIN(tst_ExportFolder)
#include "tst_exportfolder.moc"
