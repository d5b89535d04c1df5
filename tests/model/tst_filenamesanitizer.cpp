#include "model/export/FileNameSanitizer.h"

#include <QSet>
#include <QTest>

using namespace Lifeboat;

class tst_FileNameSanitizer : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void sanitizeName_data();
    void sanitizeName();
    void longNamesKeepExtensionAndWholeCharacters();
    void relativePathNeverEscapes_data();
    void relativePathNeverEscapes();
    void uniqueName();
    void shortenedNamesStaySafe_data();
    void shortenedNamesStaySafe();
    void uniqueNameOfLongestNameFits();
};

void tst_FileNameSanitizer::sanitizeName_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("IMG_0001.jpg") << QStringLiteral("IMG_0001.jpg");
    QTest::newRow("non-ascii") << QStringLiteral("Jürgen Müller.vcf") << QStringLiteral("Jürgen Müller.vcf");
    QTest::newRow("empty") << QString() << QStringLiteral("_");
    QTest::newRow("dot") << QStringLiteral(".") << QStringLiteral("_");
    QTest::newRow("dotdot") << QStringLiteral("..") << QStringLiteral("_");
    QTest::newRow("traversal") << QStringLiteral("../../etc/passwd") << QStringLiteral(".._.._etc_passwd");
    QTest::newRow("slash") << QStringLiteral("a/b") << QStringLiteral("a_b");
    QTest::newRow("backslash") << QStringLiteral("..\\..\\x") << QStringLiteral(".._.._x");
    QTest::newRow("nul") << QStringLiteral("a") + QChar(0) + QStringLiteral("b") << QStringLiteral("a_b");
    QTest::newRow("control") << QStringLiteral("a\nb\tc") << QStringLiteral("a_b_c");
    QTest::newRow("windows chars") << QStringLiteral("what?<x>:y|z*\".txt") << QStringLiteral("what__x__y_z__.txt");
    QTest::newRow("CON") << QStringLiteral("CON") << QStringLiteral("_CON");
    QTest::newRow("con.txt") << QStringLiteral("con.txt") << QStringLiteral("_con.txt");
    QTest::newRow("COM1") << QStringLiteral("COM1.jpg") << QStringLiteral("_COM1.jpg");
    QTest::newRow("COMX is fine") << QStringLiteral("COMX.jpg") << QStringLiteral("COMX.jpg");
    QTest::newRow("trailing dots") << QStringLiteral("name. . ") << QStringLiteral("name");
    QTest::newRow("leading spaces") << QStringLiteral("  x") << QStringLiteral("x");
    QTest::newRow("lone high surrogate") << QStringLiteral("a") + QChar(0xD800) + QStringLiteral("b")
                                         << QStringLiteral("a\uFFFDb");
    QTest::newRow("lone low surrogate") << QString(QChar(0xDC00)) << QStringLiteral("\uFFFD");
    QTest::newRow("pair kept") << QStringLiteral("\U0001F600.jpg") << QStringLiteral("\U0001F600.jpg");
}

void tst_FileNameSanitizer::sanitizeName()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(FileNameSanitizer::sanitizeName(input), expected);
}

void tst_FileNameSanitizer::longNamesKeepExtensionAndWholeCharacters()
{
    const QString ascii = QString(300, u'a') + QStringLiteral(".jpg");
    const QString shortened = FileNameSanitizer::sanitizeName(ascii);
    QCOMPARE(shortened.toUtf8().size(), 255);
    QVERIFY(shortened.endsWith(u".jpg"));

    // 300 bytes of three-byte characters: must cut on a character boundary.
    const QString wide = QString(100, QChar(0x20AC));
    const QString cut = FileNameSanitizer::sanitizeName(wide);
    QVERIFY(cut.toUtf8().size() <= 255);
    QCOMPARE(cut, QString(85, QChar(0x20AC)));

    const QString emoji = QString(QStringLiteral("\U0001F600")).repeated(70);  // 280 bytes
    const QString emojiCut = FileNameSanitizer::sanitizeName(emoji);
    QVERIFY(emojiCut.toUtf8().size() <= 255);
    QVERIFY(!emojiCut.back().isHighSurrogate());
    QCOMPARE(QString::fromUtf8(emojiCut.toUtf8()), emojiCut);
}

void tst_FileNameSanitizer::relativePathNeverEscapes_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("normal") << QStringLiteral("DCIM/Camera/a.jpg") << QStringLiteral("DCIM/Camera/a.jpg");
    QTest::newRow("absolute") << QStringLiteral("/etc/passwd") << QStringLiteral("etc/passwd");
    QTest::newRow("dotdot") << QStringLiteral("a/../../b") << QStringLiteral("a/_/_/b");
    QTest::newRow("dot") << QStringLiteral("./a") << QStringLiteral("_/a");
    QTest::newRow("empty") << QString() << QStringLiteral("_");
    QTest::newRow("slashes") << QStringLiteral("///") << QStringLiteral("_");
}

void tst_FileNameSanitizer::relativePathNeverEscapes()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const QString result = FileNameSanitizer::sanitizeRelativePath(input);
    QCOMPARE(result, expected);
    for (const QString &part : result.split(u'/')) {
        QVERIFY(part != u"..");
        QVERIFY(!part.isEmpty());
    }
}

void tst_FileNameSanitizer::uniqueName()
{
    const QSet<QString> existing{QStringLiteral("a.jpg"), QStringLiteral("a (2).jpg"),
                                 QStringLiteral("notes")};
    QCOMPARE(FileNameSanitizer::uniqueName(QStringLiteral("b.jpg"), existing), QStringLiteral("b.jpg"));
    QCOMPARE(FileNameSanitizer::uniqueName(QStringLiteral("a.jpg"), existing), QStringLiteral("a (3).jpg"));
    QCOMPARE(FileNameSanitizer::uniqueName(QStringLiteral("notes"), existing), QStringLiteral("notes (2)"));
}

// Invariants fuzz_filename checks: cutting a long name could end it in a space or bare a device name.
void tst_FileNameSanitizer::shortenedNamesStaySafe_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("space at the cut") << QString(QString(254, u'a') + QStringLiteral(" b"))
                                      << QString(254, u'a');
    QTest::newRow("dots at the cut") << QString(QString(250, u'a') + QString(10, u'.') + QString(20, u'b'))
                                     << QString(250, u'a');
    QTest::newRow("device name at the cut") << QString(QStringLiteral("CON") + QString(260, u' ') + u'x')
                                            << QStringLiteral("_CON");
    QTest::newRow("only dots at the cut") << QString(QString(300, u'.') + QString(20, u'x')) << QStringLiteral("_");
}

void tst_FileNameSanitizer::shortenedNamesStaySafe()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const QString name = FileNameSanitizer::sanitizeName(input);
    QCOMPARE(name, expected);
    QCOMPARE(FileNameSanitizer::sanitizeName(name), name);
}

// Invariant fuzz_filename checks: "name (2).ext" of a 255-byte name was longer than any disk allows.
void tst_FileNameSanitizer::uniqueNameOfLongestNameFits()
{
    // The last is what fuzz_filename found: a dot near the start made the rest an "extension"
    // that left no room, and " (2).a ..." came out longer than 255 bytes and with a leading space.
    const QStringList names{QString(255, u'a'), QString(251, u'b') + QStringLiteral(".jpg"),
                            QString(85, QChar(0x20AC)),
                            QStringLiteral("~m.a ") + QString(83, QChar(0xFFFD))};
    for (const QString &name : names) {
        const QSet<QString> taken{name, FileNameSanitizer::uniqueName(name, QSet<QString>{name})};
        const QString third = FileNameSanitizer::uniqueName(name, taken);
        QVERIFY2(third.toUtf8().size() <= FileNameSanitizer::MaxNameBytes, qPrintable(third));
        QVERIFY(!taken.contains(third));
        QVERIFY(third.contains(QStringLiteral(" (3)")));
        QVERIFY(!third.startsWith(u' '));
        QCOMPARE(FileNameSanitizer::sanitizeName(third), third);
        if (name.endsWith(u".jpg"))
            QVERIFY(third.endsWith(QStringLiteral(" (3).jpg")));
    }
}

QTEST_GUILESS_MAIN(tst_FileNameSanitizer)
#include "tst_filenamesanitizer.moc"
