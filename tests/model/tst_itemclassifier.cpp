#include "model/items/ItemClassifier.h"

#include <QTest>

using namespace Lifeboat;

Q_DECLARE_METATYPE(Lifeboat::ItemKind)

class tst_ItemClassifier : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void classifies_data();
    void classifies();
    void usesConfiguredPhotoFolders();
};

void tst_ItemClassifier::classifies_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("folder");
    QTest::addColumn<ItemKind>("kind");

    QTest::newRow("vCard 2.1 format") << u"x"_qs << 0xBB82 << u"Contacts"_qs << ItemKind::Contact;
    QTest::newRow("vCard 3.0 format") << u"anna"_qs << 0xBB83 << QString() << ItemKind::Contact;
    QTest::newRow("Android .vcf as undefined")
        << u"Contacts.VCF"_qs << 0x3000 << u"Download"_qs << ItemKind::Contact;
    QTest::newRow("iCalendar format") << u"e1"_qs << 0xBE03 << u"Calendar"_qs << ItemKind::Event;
    QTest::newRow(".ics to-do file is parsed as calendar")
        << u"task.ics"_qs << 0x3000 << u"Tasks"_qs << ItemKind::Event;
    QTest::newRow("vCalendar format") << u"old"_qs << 0xBE02 << QString() << ItemKind::Event;
    QTest::newRow(".vcs") << u"old.vcs"_qs << 0x3000 << QString() << ItemKind::Event;
    QTest::newRow("EXIF/JPEG in DCIM")
        << u"IMG_0001.JPG"_qs << 0x3801 << u"DCIM/Camera"_qs << ItemKind::Photo;
    QTest::newRow("PNG in Pictures")
        << u"Screenshot.png"_qs << 0x380B << u"/Pictures/Screenshots/"_qs << ItemKind::Photo;
    QTest::newRow("HEIC by name") << u"IMG_0002.HEIC"_qs << 0x3000 << u"DCIM/100APPLE"_qs
                                  << ItemKind::Photo;
    QTest::newRow("HEIF by name, lower-case folder")
        << u"a.heif"_qs << 0x3000 << u"dcim"_qs << ItemKind::Photo;
    QTest::newRow("JPEG outside photo folders")
        << u"scan.jpg"_qs << 0x3801 << u"Download"_qs << ItemKind::Other;
    QTest::newRow("folder merely starting with DCIM")
        << u"a.jpg"_qs << 0x3801 << u"DCIMBackup"_qs << ItemKind::Other;
    QTest::newRow("video in DCIM")
        << u"VID_0001.mp4"_qs << 0x300B << u"DCIM/Camera"_qs << ItemKind::Other;
    QTest::newRow("text file") << u"notes.txt"_qs << 0x3004 << QString() << ItemKind::Other;
}

void tst_ItemClassifier::classifies()
{
    QFETCH(QString, name);
    QFETCH(int, format);
    QFETCH(QString, folder);
    QFETCH(ItemKind, kind);
    const ItemClassifier classifier;
    QCOMPARE(classifier.kindForObject(name, quint16(format), folder), kind);
}

void tst_ItemClassifier::usesConfiguredPhotoFolders()
{
    const ItemClassifier classifier({u"/Camera/"_qs, QString()});
    QCOMPARE(classifier.photoFolders(), QStringList {u"Camera"_qs});
    QCOMPARE(classifier.kindForObject(u"a.jpg"_qs, 0x3801, u"Camera/2024"_qs), ItemKind::Photo);
    QCOMPARE(classifier.kindForObject(u"a.jpg"_qs, 0x3801, u"DCIM"_qs), ItemKind::Other);
}

QTEST_GUILESS_MAIN(tst_ItemClassifier)
#include "tst_itemclassifier.moc"
