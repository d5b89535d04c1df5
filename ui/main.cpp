#include "app/BuildInfo.h"
#include "app/Settings.h"
#include "ui/MainWindow.h"
#include "ui/ScreenshotTour.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

#include <cstdio>

int main(int argc, char **argv)
{
    // --version and --debug-info answer without needing a display.
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--version" || arg == "--debug-info") {
            QTextStream out(stdout);
            if (arg == "--version")
                out << "lifeboat " << Lifeboat::applicationVersion() << '\n';
            else
                out << Lifeboat::debugInfo() << '\n';
            return 0;
        }
    }

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("lifeboat"));
    // Ties the window to the installed .desktop file (icon and name in docks and task bars).
    QGuiApplication::setDesktopFileName(QStringLiteral(LIFEBOAT_APP_ID));
    QApplication::setApplicationDisplayName(QStringLiteral("Lifeboat"));
    QApplication::setOrganizationName(QStringLiteral("Lifeboat"));
    QApplication::setApplicationVersion(Lifeboat::applicationVersion());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Back up and restore a handset's contacts, calendar, to-dos and photos."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("archive"),
                                 QApplication::translate("main", "Archives to open."),
                                 QStringLiteral("[archive...]"));
    // For the documentation only (docs/screenshots.sh): not a user feature, hence hidden.
    QCommandLineOption screenshots(QStringLiteral("screenshot"),
                                   QStringLiteral("Save screenshots of the main views into <dir>, then quit "
                                                  "(documentation only)."),
                                   QStringLiteral("dir"));
    screenshots.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshots);
    parser.process(app);

    Lifeboat::MainWindow window(nullptr, Lifeboat::Settings().libraryFolder());
    for (const QString &path : parser.positionalArguments())
        window.openArchive(path);
    if (parser.isSet(screenshots)) {
        window.resize(1200, 780);
        auto *tour = new Lifeboat::ScreenshotTour(&window, parser.value(screenshots), &window);
        QObject::connect(tour, &Lifeboat::ScreenshotTour::finished, &app,
                         [](bool ok) { QApplication::exit(ok ? 0 : 1); });
        tour->start();
    } else {
        window.startHandsetMonitoring();
    }
    window.show();
    return QApplication::exec();
}
