#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;
class QLocale;

namespace Lifeboat {

// Puts the user's language into effect for lifeboat and lifeboat-cli alike: Lifeboat's own
// messages come from .qm files compiled into lifeboat_app (resource prefix :/i18n, so no
// installed path is needed), Qt's own (standard buttons, QCommandLineParser) from qtbase_*.qm
// where the distribution installed them (Debian: qt6-translations-l10n).
class Translations
{
public:
    // The language follows QLocale::system(), which reads LANGUAGE, LC_ALL, LC_MESSAGES and LANG.
    // Loads what exists, quietly: English is the built-in fallback. Call once after the
    // application object exists; the translators live as long as the application.
    static void install(QCoreApplication &application);
    // Same, for a given locale; returns the .qm files loaded (for tests and --debug-info).
    static QStringList install(QCoreApplication &application, const QLocale &locale);

    // Where Lifeboat's compiled translations live inside the program.
    static QString resourceFolder();
};

} // namespace Lifeboat
