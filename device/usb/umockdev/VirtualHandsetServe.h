#pragma once

#include "device/virtual/VirtualHandsetOptions.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace Lifeboat {

class UmockdevServer;

// `lifeboat-virtual-handset serve`: serves a virtual handset as a USB device through umockdev and
// runs a command that sees it (LD_PRELOAD=libumockdev-preload.so.0, UMOCKDEV_DIR), then exits
// with the command's status.
class VirtualHandsetServe
{
    Q_DECLARE_TR_FUNCTIONS(Lifeboat::VirtualHandsetServe)

public:
    // Exit codes of the tool itself; otherwise it exits with the command's status.
    enum ExitCode { Usage = 2, ServeFailed = 125, CommandNotStarted = 127, CommandCrashed = 128 };

    struct Settings
    {
        VirtualHandsetOptions handset;
        bool echo = false;        // --profile echo: EchoUsbFunction instead of an MTP responder
        int plugAfterMs = 0;
        int unplugAfterMs = -1;   // after plugging; -1: stays plugged
        QStringList command;
    };

    // Parses the arguments after the program name; prints help or errors to stderr and returns
    // nullopt with `exitCode` set when there is nothing to serve.
    static std::optional<Settings> parse(const QStringList &arguments, int *exitCode);

    // Runs the event loop until the command ends. `server` was created before the application.
    static int run(UmockdevServer &server, const Settings &settings);

    static QString usage();
};

} // namespace Lifeboat
