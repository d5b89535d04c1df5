#include "device/usb/umockdev/UmockdevServer.h"
#include "device/usb/umockdev/VirtualHandsetServe.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    int exitCode = 0;
    const std::optional<Lifeboat::VirtualHandsetServe::Settings> settings =
        Lifeboat::VirtualHandsetServe::parse(arguments, &exitCode);
    if (!settings)
        return exitCode;
    // The testbed sets UMOCKDEV_DIR: it must exist before Qt starts any thread.
    Lifeboat::UmockdevServer server;
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lifeboat-virtual-handset"));
    return Lifeboat::VirtualHandsetServe::run(server, *settings);
}
