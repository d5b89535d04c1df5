#include "app/Translations.h"

#include "app/AppLog.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Lifeboat {

namespace {

// Returns the file loaded, or an empty string when this locale has no such translation.
QString loadTranslator(QCoreApplication &application, const QLocale &locale, const QString &name,
                       const QString &folder)
{
    auto translator = std::make_unique<QTranslator>(&application);
    if (!translator->load(locale, name, QStringLiteral("_"), folder))
        return QString();
    const QString file = translator->filePath();
    QCoreApplication::installTranslator(translator.release());
    return file;
}

} // namespace

void Translations::install(QCoreApplication &application)
{
    install(application, QLocale::system());
}

QStringList Translations::install(QCoreApplication &application, const QLocale &locale)
{
    QStringList loaded;
    const QString own = loadTranslator(application, locale, QStringLiteral("lifeboat"),
                                       resourceFolder());
    // Qt's own strings only where Lifeboat speaks the language too: a German "Abbrechen" button
    // in an otherwise English window would look broken.
    if (!own.isEmpty()) {
        loaded.append(own);
        const QString qt = loadTranslator(application, locale, QStringLiteral("qtbase"),
                                          QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        if (!qt.isEmpty())
            loaded.append(qt);
    }
    qCDebug(lcApp) << "translations for" << locale.uiLanguages() << ":" << loaded;
    return loaded;
}

QString Translations::resourceFolder()
{
    return QStringLiteral(":/i18n");
}

} // namespace Lifeboat
