#include "app/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QTest>
#include <QTranslator>

using namespace Lifeboat;

// Translations::install loads the .qm files compiled into lifeboat_app for the given locale, and
// Qt's own where installed; lifeboat and lifeboat-cli both rely on it.
class tst_Translations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void compiledIn_data();
    void compiledIn();
    void install_data();
    void install();
    void cleanup();
};

void tst_Translations::compiledIn_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("German") << QStringLiteral("de");
    QTest::newRow("Spanish") << QStringLiteral("es");
    QTest::newRow("French") << QStringLiteral("fr");
}

void tst_Translations::compiledIn()
{
    QFETCH(QString, language);
    const QString path = Translations::resourceFolder() + QStringLiteral("/lifeboat_%1.qm").arg(language);
    QVERIFY2(QFile::exists(path), qPrintable(path));
    QTranslator translator;
    QVERIFY(translator.load(path));
    QVERIFY(!translator.isEmpty());
    QCOMPARE(translator.language(), language);
}

void tst_Translations::install_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<int>("ownFiles");
    QTest::addColumn<QString>("showVersion");  // Lifeboat::Cli's "Show the version"
    QTest::addColumn<QString>("qtCancel");     // QPlatformTheme's "Cancel", when Qt's file exists
    QTest::newRow("de_DE") << QStringLiteral("de_DE") << 1 << QStringLiteral("Die Version anzeigen")
                           << QStringLiteral("Abbrechen");
    QTest::newRow("de_AT falls back to de") << QStringLiteral("de_AT") << 1
                                            << QStringLiteral("Die Version anzeigen") << QStringLiteral("Abbrechen");
    QTest::newRow("es_MX") << QStringLiteral("es_MX") << 1 << QStringLiteral("Mostrar la versión")
                           << QStringLiteral("Cancelar");
    QTest::newRow("fr_CA") << QStringLiteral("fr_CA") << 1 << QStringLiteral("Afficher la version")
                           << QStringLiteral("Annuler");
    QTest::newRow("en_GB: English, built in") << QStringLiteral("en_GB") << 0
                                               << QStringLiteral("Show the version") << QStringLiteral("Cancel");
    // Qt has Portuguese; Lifeboat does not, so Qt's buttons stay English too.
    QTest::newRow("pt_BR: not translated") << QStringLiteral("pt_BR") << 0
                                           << QStringLiteral("Show the version") << QStringLiteral("Cancel");
}

void tst_Translations::install()
{
    QFETCH(QString, locale);
    QFETCH(int, ownFiles);
    QFETCH(QString, showVersion);
    QFETCH(QString, qtCancel);

    const QStringList loaded = Translations::install(*QCoreApplication::instance(), QLocale(locale));
    const QStringList own = loaded.filter(Translations::resourceFolder());
    QCOMPARE(own.size(), ownFiles);
    QCOMPARE(QCoreApplication::translate("Lifeboat::Cli", "Show the version"), showVersion);

    const QString qtFolder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    const QString qtFile = qtFolder + QStringLiteral("/qtbase_%1.qm").arg(locale.left(2));
    if (ownFiles == 0 || !QFile::exists(qtFile)) {
        QCOMPARE(loaded.size(), ownFiles);
        if (ownFiles == 0)
            QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
        return;
    }
    QCOMPARE(loaded.size(), 2);
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), qtCancel);
}

void tst_Translations::cleanup()
{
    const QList<QTranslator *> translators = QCoreApplication::instance()->findChildren<QTranslator *>();
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

QTEST_GUILESS_MAIN(tst_Translations)
#include "tst_translations.moc"
