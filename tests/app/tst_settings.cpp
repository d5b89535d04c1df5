#include "app/Library.h"
#include "app/Settings.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Lifeboat;

class tst_Settings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaults();
    void valuesSurviveASecondInstance();
    void photoFoldersAreCleaned_data();
    void photoFoldersAreCleaned();

private:
    QTemporaryDir m_tmp;
};

void tst_Settings::defaults()
{
    Settings settings(m_tmp.filePath(QStringLiteral("defaults.ini")));
    QVERIFY(settings.libraryFolder().isEmpty());
    QCOMPARE(settings.effectiveLibraryFolder(), Library::defaultFolder());
    QCOMPARE(settings.automaticBackup(), false);
    QCOMPARE(settings.demoHandsetEnabled(), false);
    QCOMPARE(settings.encryptNewArchives(), false);
    QCOMPARE(settings.photoFolders(), (QStringList{QStringLiteral("DCIM"), QStringLiteral("Pictures")}));
    QCOMPARE(settings.backupOptions().photoFolders, settings.photoFolders());
    QCOMPARE(settings.backupOptions().kinds.size(), 4);
}

void tst_Settings::valuesSurviveASecondInstance()
{
    const QString file = m_tmp.filePath(QStringLiteral("kept.ini"));
    const QString library = m_tmp.filePath(QStringLiteral("library"));
    {
        Settings settings(file);
        settings.setLibraryFolder(library);
        settings.setAutomaticBackup(true);
        settings.setDemoHandsetEnabled(true);
        settings.setEncryptNewArchives(true);
        settings.setPhotoFolders({QStringLiteral("DCIM"), QStringLiteral("WhatsApp/Media")});
    }
    Settings again(file);
    QCOMPARE(again.libraryFolder(), library);
    QCOMPARE(again.effectiveLibraryFolder(), library);
    QCOMPARE(again.automaticBackup(), true);
    QCOMPARE(again.demoHandsetEnabled(), true);
    QCOMPARE(again.encryptNewArchives(), true);
    QCOMPARE(again.backupOptions().photoFolders,
             (QStringList{QStringLiteral("DCIM"), QStringLiteral("WhatsApp/Media")}));
    again.setLibraryFolder(QStringLiteral("  "));
    QVERIFY(again.libraryFolder().isEmpty());
    QCOMPARE(again.effectiveLibraryFolder(), Library::defaultFolder());
}

void tst_Settings::photoFoldersAreCleaned_data()
{
    QTest::addColumn<QStringList>("stored");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("as typed") << QStringList{QStringLiteral("Camera")} << QStringList{QStringLiteral("Camera")};
    QTest::newRow("slashes and blanks")
        << QStringList{QStringLiteral(" /DCIM/ "), QString(), QStringLiteral("Pictures/Screenshots/")}
        << QStringList{QStringLiteral("DCIM"), QStringLiteral("Pictures/Screenshots")};
    QTest::newRow("duplicates") << QStringList{QStringLiteral("DCIM"), QStringLiteral("dcim")}
                                << QStringList{QStringLiteral("DCIM")};
    QTest::newRow("nothing left: the defaults") << QStringList{QStringLiteral("/"), QStringLiteral(" ")}
                                                << Settings::defaultPhotoFolders();
}

void tst_Settings::photoFoldersAreCleaned()
{
    QFETCH(QStringList, stored);
    QFETCH(QStringList, expected);
    Settings settings(m_tmp.filePath(QStringLiteral("photos-%1.ini").arg(QString::fromUtf8(QTest::currentDataTag()))));
    settings.setPhotoFolders(stored);
    QCOMPARE(settings.photoFolders(), expected);
}

QTEST_GUILESS_MAIN(tst_Settings)
#include "tst_settings.moc"
