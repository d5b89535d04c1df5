#include "app/BuildInfo.h"
#include "ui/MainWindow.h"

#include <QApplication>
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
    QApplication::setApplicationDisplayName(QStringLiteral("Lifeboat"));
    QApplication::setOrganizationName(QStringLiteral("Lifeboat"));
    QApplication::setApplicationVersion(Lifeboat::applicationVersion());

    Lifeboat::MainWindow window;
    window.show();
    return QApplication::exec();
}
