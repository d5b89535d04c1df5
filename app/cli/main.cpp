#include "app/BuildInfo.h"
#include "app/Translations.h"
#include "app/cli/Cli.h"
#include "app/cli/CliCommands.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lifeboat"));
    QCoreApplication::setOrganizationName(QStringLiteral("Lifeboat"));
    QCoreApplication::setApplicationVersion(Lifeboat::applicationVersion());
    Lifeboat::Translations::install(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    Lifeboat::CliStreams streams{out, err, isatty(STDERR_FILENO) == 1, true};
    Lifeboat::Cli cli;
    Lifeboat::registerCliCommands(cli);
    return static_cast<int>(cli.run(QCoreApplication::arguments(), streams));
}
